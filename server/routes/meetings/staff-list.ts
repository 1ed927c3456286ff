import { listMeetings } from '../../../db/repositories/meetings';
import { countsByMeeting, countsByYear } from '../../../db/repositories/meetings-stats';
import type { AppDeps } from '../../deps';
import { ANY_STAFF } from '../../http/access';
import type { AreaRouter } from '../../http/area-router';
import { setFlash } from '../../http/flash';
import { parseInput, renderInvalid } from '../../http/forms';
import { renderPage } from '../../http/render';
import { MEETING_FIELDS, meetingInput } from '../../inputs/meetings/meeting';
import { postedValues } from '../../presenters/meetings/form-values';
import { audienceOptions, kindOptions } from '../../presenters/meetings/labels';
import { meetingSummary } from '../../presenters/meetings/meeting-view';
import { createMeeting } from '../../services/meetings/manage';
import { canEditMeetings, MEETING_EDITORS } from './load';
import { actorOf } from '../../http/actor';

export const meetingFormView = { kindOptions, audienceOptions };

export function staffMeetingListRoutes(area: AreaRouter, deps: AppDeps): void {
  area.get('/', ANY_STAFF, async (req, res) => {
    const now = deps.clock.now();
    const rows = await listMeetings(deps.db);
    const counts = await countsByMeeting(deps.db);
    const meetings = rows.map((m) => meetingSummary(m, now, counts.get(m.id)));
    renderPage(res, 'meetings/index', {
      title: 'Möten',
      upcoming: meetings.filter((m) => m.phase === 'upcoming' || m.phase === 'ongoing').reverse(),
      earlier: meetings.filter((m) => m.phase === 'past' || m.phase === 'cancelled'),
      canEdit: canEditMeetings(req.staff?.role),
    });
  });

  area.get('/statistik', ANY_STAFF, async (_req, res) => {
    renderPage(res, 'meetings/statistics', { title: 'Deltagande per år', years: await countsByYear(deps.db) });
  });

  area.get('/ny', MEETING_EDITORS, (_req, res) => {
    renderPage(res, 'meetings/form', { ...meetingFormView, title: 'Nytt möte', action: '/moten', values: { kind: 'aterkoppling', audience: 'panel', deadline_time: '23:59' } });
  });

  area.post('/', MEETING_EDITORS, async (req, res) => {
    const view = { ...meetingFormView, title: 'Nytt möte', action: '/moten' };
    const input = parseInput(meetingInput, req.body);
    if (!input.ok) return renderInvalid(res, 'meetings/form', view, input.errors, postedValues(req.body, MEETING_FIELDS), MEETING_FIELDS);
    const id = await createMeeting(deps, actorOf(req), input.data);
    setFlash(res, deps.config, 'Mötet är sparat.');
    res.redirect(303, `/moten/${id}`);
  });
}
