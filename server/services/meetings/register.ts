import { countRegistered, findRegistration, findRegistrationByEmail, insertRegistration, updateRegistration } from '../../../db/repositories/meetings-registrations';
import { hitRateLimit } from '../../../db/repositories/rate-limits';
import type { AppDeps } from '../../deps';
import type { RegistrationInput } from '../../inputs/meetings/registration';
import { inLockedMeeting } from './locked-meeting';
import { queueParticipantMail } from './participant-mail';
import { registrationIsOpen, remindedRevisionFor } from './places';
import { MEETING_SETTINGS } from './settings';
import { refusal, success, type Outcome, type Refusal } from '../outcome';

type PlaceStatus = 'registered' | 'waitlisted';
export type RegisterOutcome =
  | Outcome<{ status: PlaceStatus; registrationId: number }, 'not-found'>
  | Refusal<'existing', { status: PlaceStatus }>
  | Refusal<'closed', { closed: 'cancelled' | 'deadline' }>;

/**
 * One transaction: lock the meeting, check, count, insert, queue the mail. Registrations for the same meeting
 * therefore run one at a time, so the number of places can never be exceeded however many arrive at once.
 * The same e-mail twice gives the existing registration back; a cancelled one is taken up again.
 */
export async function registerForMeeting(deps: AppDeps, meetingId: number, input: RegistrationInput): Promise<RegisterOutcome> {
  const now = deps.clock.now();
  const iso = now.toISOString();
  return inLockedMeeting(deps, meetingId, async (trx, meeting): Promise<RegisterOutcome> => {
    const open = registrationIsOpen(meeting, now);
    if (open !== 'open') return refusal('closed', { closed: open });
    const existing = await findRegistrationByEmail(trx, meeting.id, input.email);
    if (existing && existing.status !== 'cancelled') return refusal('existing', { status: existing.status });
    const status = (await countRegistered(trx, meeting.id)) < meeting.capacity ? 'registered' as const : 'waitlisted' as const;
    const fields = {
      name: input.name, kommunkod: input.kommunkod, organisation: input.organisation, role: input.role, needs: input.needs,
      status, attended: 0, consented_at: iso, updated_at: iso, cancelled_at: null, promoted_at: null,
      queued_at: status === 'waitlisted' ? iso : null,
      reminded_revision: status === 'registered' ? remindedRevisionFor(meeting, now) : null,
    };
    let id: number;
    if (existing) {
      id = existing.id;
      await updateRegistration(trx, id, { ...fields, rebooked: existing.rebooked + 1 });
    } else {
      id = await insertRegistration(trx, { meeting_id: meeting.id, email: input.email, created_at: iso, ...fields });
    }
    const registration = (await findRegistration(trx, id))!;
    await queueParticipantMail(trx, deps, { meeting, registration, kind: status === 'registered' ? 'confirmed' : 'waitlisted', placed: status === 'registered', now });
    return success({ status, registrationId: id });
  });
}

/** Counts this registration attempt from one client (a keyed hash of its address); true when it is one too many. */
export async function registrationRateLimited(deps: AppDeps, clientKey: string): Promise<boolean> {
  const hits = await hitRateLimit(deps.db, clientKey, MEETING_SETTINGS.registerWindowMs, deps.clock.now());
  return hits > MEETING_SETTINGS.registerLimit;
}
