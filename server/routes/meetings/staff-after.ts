import type { Response } from 'express';
import { listMeetingLagesbilder } from '../../../db/repositories/meetings';
import { listParticipants } from '../../../db/repositories/meetings-registrations';
import type { AppDeps } from '../../deps';
import { formatDate } from '../../domain/time';
import { CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE, safeFilename, toCsv, toXlsx } from '../../export';
import type { AreaRouter } from '../../http/area-router';
import { setFlash } from '../../http/flash';
import { parseInput, renderInvalid } from '../../http/forms';
import { renderPage } from '../../http/render';
import { attendanceInput, FOLLOW_UP_FIELDS, followUpInput } from '../../inputs/meetings/follow-up';
import { postedValues } from '../../presenters/meetings/form-values';
import { PARTICIPANT_EXPORT_HEADERS, participantExportRows } from '../../presenters/meetings/participants';
import { markAttendance, recordParticipantExport, sendFollowUp } from '../../services/meetings/after-meeting';
import { cancelRegistration } from '../../services/meetings/cancel-registration';
import { loadMeeting, MEETING_EDITORS } from './load';
import { actorOf } from '../../http/actor';

const NOT_HELD = { 'not-started': 'Mötet har inte börjat än.', cancelled: 'Mötet är inställt.', 'not-found': 'Mötet finns inte.' } as const;

const recipientOptions = [
  { value: 'attended', label: 'De som deltog' },
  { value: 'registered', label: 'Alla som hade en plats, också de som inte kom' },
];

function back(deps: AppDeps, res: Response, id: number, message: string): void {
  setFlash(res, deps.config, message);
  res.redirect(303, `/moten/${id}`);
}

export function staffAfterMeetingRoutes(area: AreaRouter, deps: AppDeps): void {
  area.post('/:id/narvaro', MEETING_EDITORS, async (req, res) => {
    const meeting = await loadMeeting(deps, req);
    const input = parseInput(attendanceInput, req.body);
    const result = await markAttendance(deps, actorOf(req), meeting.id, input.ok ? input.data.attended : []);
    back(deps, res, meeting.id, result.ok ? `Närvaron är sparad: ${result.value} deltog.` : NOT_HELD[result.reason]);
  });

  area.get('/:id/uppfoljning', MEETING_EDITORS, async (req, res) => {
    const meeting = await loadMeeting(deps, req);
    const lagesbilder = await listMeetingLagesbilder(deps.db, meeting.id);
    renderPage(res, 'meetings/follow-up', {
      title: `Uppföljning av ${meeting.title}`, meeting: { id: meeting.id, title: meeting.title }, recipientOptions,
      values: { material_url: meeting.material_url ?? '', lagesbild_ids: lagesbilder.join(', '), recipients: 'attended' },
    });
  });

  area.post('/:id/uppfoljning', MEETING_EDITORS, async (req, res) => {
    const meeting = await loadMeeting(deps, req);
    const view = { title: `Uppföljning av ${meeting.title}`, meeting: { id: meeting.id, title: meeting.title }, recipientOptions };
    const input = parseInput(followUpInput, req.body);
    if (!input.ok) return renderInvalid(res, 'meetings/follow-up', view, input.errors, postedValues(req.body, FOLLOW_UP_FIELDS), FOLLOW_UP_FIELDS);
    const result = await sendFollowUp(deps, actorOf(req), meeting.id, input.data);
    back(deps, res, meeting.id, result.ok ? `Uppföljningen är lagd i kö till ${result.value} deltagare.` : NOT_HELD[result.reason]);
  });

  area.post('/:id/anmalningar/:registrationId/avboka', MEETING_EDITORS, async (req, res) => {
    const meeting = await loadMeeting(deps, req);
    const result = await cancelRegistration(deps, meeting.id, Number(req.params.registrationId), actorOf(req));
    const message = { cancelled: 'Anmälan är avbokad och personen har fått ett meddelande.', already: 'Anmälan var redan avbokad.', past: 'Mötet har redan börjat.', 'not-found': 'Anmälan finns inte.' }[result.ok ? 'cancelled' : result.reason];
    back(deps, res, meeting.id, result.ok && result.value.promoted ? `${message} Den första på väntelistan har fått platsen.` : message);
  });

  for (const ext of ['csv', 'xlsx'] as const) {
    area.get(`/:id/deltagare.${ext}`, MEETING_EDITORS, async (req, res) => {
      const meeting = await loadMeeting(deps, req);
      await recordParticipantExport(deps, actorOf(req), meeting.id, ext);
      const rows = participantExportRows(await listParticipants(deps.db, meeting.id));
      const filename = safeFilename(`deltagare ${meeting.title} ${formatDate(new Date(meeting.starts_at))}`, ext);
      const body = ext === 'csv' ? toCsv(PARTICIPANT_EXPORT_HEADERS, rows) : await toXlsx([{ name: 'Deltagare', headers: PARTICIPANT_EXPORT_HEADERS, rows }]);
      res.setHeader('Content-Type', ext === 'csv' ? CSV_CONTENT_TYPE : XLSX_CONTENT_TYPE);
      res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
      res.send(body);
    });
  }
}
