import { writeAudit } from '../../../db/repositories/audit-log';
import { insertMeeting, setMeetingLagesbilder, updateMeeting, type MeetingRow } from '../../../db/repositories/meetings';
import { listRegistrationsWithStatus, updateRegistration } from '../../../db/repositories/meetings-registrations';
import type { AppDeps } from '../../deps';
import { formatDate } from '../../domain/time';
import type { MeetingInput } from '../../inputs/meetings/meeting';
import { inLockedMeeting } from './locked-meeting';
import { queueParticipantMail } from './participant-mail';
import { fillFreePlaces, remindedRevisionFor } from './places';
import type { Actor } from '../../domain/actor';
import { refusal, success, type Outcome } from '../outcome';


function columns(input: MeetingInput) {
  return {
    kind: input.kind, title: input.title, description: input.description,
    starts_at: input.startsAt.toISOString(), ends_at: input.endsAt.toISOString(),
    year: Number(formatDate(input.startsAt).slice(0, 4)),
    meeting_url: input.meetingUrl, capacity: input.capacity, registration_deadline: input.deadline.toISOString(),
    audience: input.audience, recipient_emails: input.recipientEmails.length ? input.recipientEmails.join('\n') : null,
  };
}

export async function createMeeting(deps: AppDeps, actor: Actor, input: MeetingInput): Promise<number> {
  const now = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    const id = await insertMeeting(trx, { ...columns(input), created_at: now, created_by: actor.id, updated_at: now });
    await setMeetingLagesbilder(trx, id, input.lagesbildIds);
    await writeAudit(trx, { actor, action: 'meeting.create', objectType: 'meeting', objectId: id }, now);
    return id;
  });
}

/** What a calendar entry shows: a change to any of these is an update mailed to everyone registered. */
function changesCalendar(before: MeetingRow, after: ReturnType<typeof columns>): boolean {
  return before.starts_at !== after.starts_at || before.ends_at !== after.ends_at
    || before.title !== after.title || before.meeting_url !== after.meeting_url;
}

export type ChangeOutcome = Outcome<{ notified: number; promoted: number }, 'not-found' | 'cancelled'>;
/** On success: how many were told of the cancellation. */
export type CancelMeetingOutcome = Outcome<number, 'not-found' | 'already' | 'past'>;

/** Saves the form; a new time, title or link raises the revision and sends the update (with a new .ics). */
export async function changeMeeting(deps: AppDeps, actor: Actor, id: number, input: MeetingInput): Promise<ChangeOutcome> {
  const now = deps.clock.now();
  const iso = now.toISOString();
  return inLockedMeeting(deps, id, async (trx, before): Promise<ChangeOutcome> => {
    const cols = columns(input);
    const update = changesCalendar(before, cols);
    const revision = before.revision + (update ? 1 : 0);
    await updateMeeting(trx, id, { ...cols, revision, updated_at: iso });
    await setMeetingLagesbilder(trx, id, input.lagesbildIds);
    const meeting: MeetingRow = { ...before, ...cols, revision, updated_at: iso };
    let notified = 0;
    if (update && now < new Date(meeting.ends_at)) {
      for (const r of await listRegistrationsWithStatus(trx, id, ['registered', 'waitlisted'])) {
        const placed = r.status === 'registered';
        // The update carries the time and the link, so inside the reminder window it replaces the reminder.
        if (placed) await updateRegistration(trx, r.id, { reminded_revision: remindedRevisionFor(meeting, now) });
        if (await queueParticipantMail(trx, deps, { meeting, registration: r, kind: 'updated', placed, now })) notified++;
      }
    }
    const promoted = await fillFreePlaces(trx, deps, meeting, now);
    await writeAudit(trx, { actor, action: 'meeting.update', objectType: 'meeting', objectId: id, details: { revision, notified, promoted } }, iso);
    return success({ notified, promoted });
  }, refusal('cancelled'));
}

/** Cancels the meeting: CANCEL .ics to everyone with a place, a note to the waitlist. */
export async function cancelMeeting(deps: AppDeps, actor: Actor, id: number): Promise<CancelMeetingOutcome> {
  const now = deps.clock.now();
  const iso = now.toISOString();
  return inLockedMeeting(deps, id, async (trx, before): Promise<CancelMeetingOutcome> => {
    if (now >= new Date(before.starts_at)) return refusal('past');
    const meeting: MeetingRow = { ...before, status: 'cancelled', revision: before.revision + 1, cancelled_at: iso, updated_at: iso };
    await updateMeeting(trx, id, { status: 'cancelled', revision: meeting.revision, cancelled_at: iso, updated_at: iso });
    let notified = 0;
    for (const r of await listRegistrationsWithStatus(trx, id, ['registered', 'waitlisted'])) {
      if (await queueParticipantMail(trx, deps, { meeting, registration: r, kind: 'meeting-cancelled', placed: r.status === 'registered', now })) notified++;
    }
    await writeAudit(trx, { actor, action: 'meeting.cancel', objectType: 'meeting', objectId: id, details: { notified } }, iso);
    return success(notified);
  }, refusal('already'));
}
