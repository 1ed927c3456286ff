import type { Response } from 'express';
import { listMeetingLagesbilder, type MeetingRow } from '../../../db/repositories/meetings';
import { listParticipants } from '../../../db/repositories/meetings-registrations';
import { countsForMeeting } from '../../../db/repositories/meetings-stats';
import type { AppDeps } from '../../deps';
import { ANY_STAFF } from '../../http/access';
import type { AreaRouter } from '../../http/area-router';
import { notFound } from '../../http/errors';
import { setFlash } from '../../http/flash';
import { parseInput, renderInvalid } from '../../http/forms';
import { renderPage } from '../../http/render';
import { MEETING_FIELDS, meetingInput } from '../../inputs/meetings/meeting';
import { meetingFormValues, postedValues } from '../../presenters/meetings/form-values';
import { meetingSummary } from '../../presenters/meetings/meeting-view';
import { participantView } from '../../presenters/meetings/participants';
import { sendMeetingInvitations } from '../../services/meetings/invitations';
import { registrationPath } from '../../domain/meetings/links';
import { cancelMeeting, changeMeeting } from '../../services/meetings/manage';
import { canEditMeetings, loadMeeting, MEETING_EDITORS } from './load';
import { meetingFormView } from './staff-list';
import { actorOf } from '../../http/actor';

const INVITE_MESSAGES = {
  public: 'Mötet har öppen anmälan på webbplatsen, så inga inbjudningar skickas.',
  closed: 'Anmälan till mötet är stängd, så inga inbjudningar skickas.',
} as const;

export function staffMeetingRoutes(area: AreaRouter, deps: AppDeps): void {
  area.get('/:id', ANY_STAFF, async (req, res) => {
    const meeting = await loadMeeting(deps, req);
    const summary = meetingSummary(meeting, deps.clock.now(), await countsForMeeting(deps.db, meeting.id));
    const participants = (await listParticipants(deps.db, meeting.id)).map(participantView);
    renderPage(res, 'meetings/show', {
      title: meeting.title, meeting: summary, meetingUrl: meeting.meeting_url, registrationPath: registrationPath(meeting.id),
      lagesbildIds: await listMeetingLagesbilder(deps.db, meeting.id), participants,
      invitationsSentAt: meeting.invitations_sent_at, followupSentAt: meeting.followup_sent_at, anonymised: Boolean(meeting.anonymised_at),
      canEdit: canEditMeetings(req.staff?.role),
    });
  });

  area.get('/:id/andra', MEETING_EDITORS, async (req, res) => {
    const meeting = await loadMeeting(deps, req);
    if (meeting.status === 'cancelled') return refuseCancelled(deps, res, meeting);
    const values = meetingFormValues(meeting, await listMeetingLagesbilder(deps.db, meeting.id));
    renderPage(res, 'meetings/form', { ...meetingFormView, ...editView(meeting), values });
  });

  area.post('/:id', MEETING_EDITORS, async (req, res) => {
    const meeting = await loadMeeting(deps, req);
    if (meeting.status === 'cancelled') return refuseCancelled(deps, res, meeting);
    const input = parseInput(meetingInput, req.body);
    if (!input.ok) return renderInvalid(res, 'meetings/form', { ...meetingFormView, ...editView(meeting) }, input.errors, postedValues(req.body, MEETING_FIELDS), MEETING_FIELDS);
    const result = await changeMeeting(deps, actorOf(req), meeting.id, input.data);
    if (!result.ok) return refuseCancelled(deps, res, meeting);
    const { notified: n } = result.value;
    const notified = n ? ` ${n} anmälda får ett meddelande om ändringen.` : '';
    setFlash(res, deps.config, `Ändringarna är sparade.${notified}`);
    res.redirect(303, `/moten/${meeting.id}`);
  });

  area.post('/:id/inbjudningar', MEETING_EDITORS, async (req, res) => {
    const meeting = await loadMeeting(deps, req);
    const result = await sendMeetingInvitations(deps, actorOf(req), meeting.id);
    if (result.ok) setFlash(res, deps.config, `${result.value} inbjudningar är lagda i kö för utskick. Den som redan har fått en inbjudan får ingen ny.`);
    else if (result.reason === 'not-found') throw notFound();
    else setFlash(res, deps.config, INVITE_MESSAGES[result.reason]);
    res.redirect(303, `/moten/${meeting.id}`);
  });

  area.post('/:id/installt', MEETING_EDITORS, async (req, res) => {
    const meeting = await loadMeeting(deps, req);
    const result = await cancelMeeting(deps, actorOf(req), meeting.id);
    const message = result.ok ? `Mötet är inställt. ${result.value} anmälda får ett meddelande.`
      : result.reason === 'past' ? 'Mötet har redan börjat och kan inte ställas in.' : 'Mötet var redan inställt.';
    setFlash(res, deps.config, message);
    res.redirect(303, `/moten/${meeting.id}`);
  });
}

function refuseCancelled(deps: AppDeps, res: Response, meeting: MeetingRow): void {
  setFlash(res, deps.config, 'Mötet är inställt och kan inte ändras.');
  res.redirect(303, `/moten/${meeting.id}`);
}

function editView(meeting: MeetingRow) {
  return { title: `Ändra ${meeting.title}`, action: `/moten/${meeting.id}`, editing: true };
}
