import type { AppDeps } from '../../deps';
import { PUBLIC } from '../../http/access';
import type { AreaRouter } from '../../http/area-router';
import { PUBLIC_MEETINGS_PATH, registrationUrl } from '../../domain/meetings/links';
import { publicMeetingIcs } from '../../services/meetings/calendar-file';
import { loadMeeting } from './load';

/** "Lägg till i kalendern": the meeting as a downloadable .ics (the mailed one carries the meeting link). */
export function publicCalendarRoutes(area: AreaRouter, deps: AppDeps): void {
  area.get(`${PUBLIC_MEETINGS_PATH}/:id/kalender.ics`, PUBLIC, async (req, res) => {
    const meeting = await loadMeeting(deps, req);
    const { baseUrl, mailFrom } = deps.config;
    const ics = publicMeetingIcs(meeting, baseUrl, mailFrom, deps.clock.now(), registrationUrl(baseUrl, meeting.id));
    res.type('text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="mote-${meeting.id}.ics"`);
    res.send(ics);
  });
}
