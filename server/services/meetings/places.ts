import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { MeetingRow } from '../../../db/repositories/meetings';
import { countRegistered, listWaitlisted, updateRegistration } from '../../../db/repositories/meetings-registrations';
import type { AppDeps } from '../../deps';
import { addDays } from '../../domain/time';
import { queueParticipantMail } from './participant-mail';
import { MEETING_SETTINGS } from './settings';

/** When the reminder for the meeting is due. */
export function reminderDueAt(meeting: Pick<MeetingRow, 'starts_at'>): Date {
  return addDays(new Date(meeting.starts_at), -MEETING_SETTINGS.reminderDaysBefore);
}

/** A place given inside the reminder window needs no reminder: its own mail already says everything. */
export function remindedRevisionFor(meeting: MeetingRow, now: Date): number | null {
  return now >= reminderDueAt(meeting) ? meeting.revision : null;
}

export function registrationIsOpen(meeting: MeetingRow, now: Date): 'open' | 'cancelled' | 'deadline' {
  if (meeting.status === 'cancelled') return 'cancelled';
  if (now > new Date(meeting.registration_deadline) || now >= new Date(meeting.starts_at)) return 'deadline';
  return 'open';
}

/** Gives free places to the waitlist in queue order and tells each person by mail. Call with the meeting locked. */
export async function fillFreePlaces(trx: Kysely<DB>, deps: Pick<AppDeps, 'config'>, meeting: MeetingRow, now: Date): Promise<number> {
  if (meeting.status !== 'planned' || now >= new Date(meeting.starts_at)) return 0;
  const free = meeting.capacity - (await countRegistered(trx, meeting.id));
  const promoted = await listWaitlisted(trx, meeting.id, free);
  const iso = now.toISOString();
  for (const r of promoted) {
    const patch = { status: 'registered' as const, promoted_at: iso, updated_at: iso, reminded_revision: remindedRevisionFor(meeting, now) };
    await updateRegistration(trx, r.id, patch);
    await queueParticipantMail(trx, deps, { meeting, registration: { ...r, ...patch }, kind: 'promoted', placed: true, now });
  }
  return promoted.length;
}
