import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { writeAudit } from '../../../db/repositories/audit-log';
import type { MeetingRow } from '../../../db/repositories/meetings';
import { findRegistration, updateRegistration, type RegistrationRow } from '../../../db/repositories/meetings-registrations';
import { findByCancelTokenHash } from '../../../db/repositories/meetings-tokens';
import type { AppDeps } from '../../deps';
import { hashCancelToken } from './cancel-token';
import { inLockedMeeting } from './locked-meeting';
import { queueParticipantMail } from './participant-mail';
import { fillFreePlaces } from './places';
import type { Actor } from '../../domain/actor';
import { refusal, success, type Outcome } from '../outcome';

/** On success: how many on the waitlist got the freed place. */
export type CancelOutcome = Outcome<{ promoted: number }, 'already' | 'past' | 'not-found'>;

/** What the cancel page shows for a token: the meeting and whether there is anything left to cancel. */
export async function findCancellation(deps: AppDeps, token: string) {
  if (!/^[\w-]{20,100}$/.test(token)) return undefined;
  return findByCancelTokenHash(deps.db, hashCancelToken(token));
}

async function cancelIn(trx: Kysely<DB>, deps: AppDeps, meeting: MeetingRow, r: RegistrationRow, now: Date): Promise<CancelOutcome> {
  if (r.status === 'cancelled') return refusal('already');
  if (now >= new Date(meeting.starts_at)) return refusal('past');
  const iso = now.toISOString();
  const placed = r.status === 'registered';
  await updateRegistration(trx, r.id, { status: 'cancelled', cancelled_at: iso, updated_at: iso, queued_at: null });
  if (meeting.status === 'planned') {
    await queueParticipantMail(trx, deps, { meeting, registration: { ...r, status: 'cancelled' }, kind: 'cancelled', placed, now });
  }
  // The freed place goes to the first on the waitlist, in the same transaction.
  return success({ promoted: placed ? await fillFreePlaces(trx, deps, meeting, now) : 0 });
}

/** The participant's own cancellation through the link in a mail. */
export async function cancelRegistrationByToken(deps: AppDeps, token: string): Promise<CancelOutcome> {
  const found = await findCancellation(deps, token);
  if (!found) return refusal('not-found');
  return cancelRegistration(deps, found.meetingId, found.registrationId);
}

export async function cancelRegistration(deps: AppDeps, meetingId: number, registrationId: number, actor?: Actor): Promise<CancelOutcome> {
  const now = deps.clock.now();
  return inLockedMeeting(deps, meetingId, async (trx, meeting): Promise<CancelOutcome> => {
    const registration = await findRegistration(trx, registrationId);
    if (!registration || registration.meeting_id !== meeting.id) return refusal('not-found');
    const outcome = await cancelIn(trx, deps, meeting, registration, now);
    if (actor && outcome.ok) {
      await writeAudit(trx, { actor, action: 'meeting.registration.cancel', objectType: 'meeting_registration', objectId: registration.id, details: { meetingId } }, now.toISOString());
    }
    return outcome;
  });
}
