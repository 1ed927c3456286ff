import { listRegistrationsWithStatus, updateRegistration } from '../../../db/repositories/meetings-registrations';
import { lockMeeting } from '../../../db/repositories/meetings';
import type { AppDeps } from '../../deps';
import { addDays } from '../../domain/time';
import { queueParticipantMail } from './participant-mail';
import { reminderDueAt } from './places';
import { MEETING_SETTINGS } from './settings';

/** The reminder job: for each meeting inside its reminder window, one reminder per registration and meeting
 *  revision. The registration is marked in the same transaction, and the outbox key repeats the mark, so
 *  running the job twice (or on two instances) sends each reminder once. */
export async function sendMeetingReminders(deps: AppDeps): Promise<{ queued: number }> {
  const now = deps.clock.now();
  const horizon = addDays(now, MEETING_SETTINGS.reminderDaysBefore + 1).toISOString();
  const candidates = await deps.db.selectFrom('meetings').select(['id', 'starts_at'])
    .where('status', '=', 'planned').where('starts_at', '>', now.toISOString()).where('starts_at', '<=', horizon).execute();
  let queued = 0;
  for (const c of candidates.filter((m) => now >= reminderDueAt(m))) {
    queued += await deps.db.transaction().execute(async (trx) => {
      const meeting = await lockMeeting(trx, deps.dialect, c.id);
      if (!meeting || meeting.status !== 'planned') return 0;
      let n = 0;
      for (const r of await listRegistrationsWithStatus(trx, meeting.id, ['registered'])) {
        if (r.reminded_revision === meeting.revision) continue;
        await updateRegistration(trx, r.id, { reminded_revision: meeting.revision });
        if (await queueParticipantMail(trx, deps, { meeting, registration: r, kind: 'reminder', placed: true, now })) n++;
      }
      return n;
    });
  }
  return { queued };
}
