import { updateMeeting } from '../../../db/repositories/meetings';
import { anonymiseRegistrations, deleteMeetingMail, listMeetingsDueForRetention } from '../../../db/repositories/meetings-retention';
import { deleteCancelTokensOfMeeting } from '../../../db/repositories/meetings-tokens';
import type { AppDeps } from '../../deps';
import { addDays } from '../../domain/time';
import { MEETING_SETTINGS } from './settings';

/** The retention job: a set time after a meeting, names, addresses, organisations, roles and needs are replaced,
 *  cancel links removed and the meeting's sent mails deleted. Counts (status, attendance, municipality) stay. */
export async function anonymiseExpiredRegistrations(deps: AppDeps): Promise<{ meetings: number; registrations: number }> {
  const now = deps.clock.now();
  const iso = now.toISOString();
  const due = await listMeetingsDueForRetention(deps.db, addDays(now, -MEETING_SETTINGS.retentionDays).toISOString());
  let registrations = 0;
  for (const { id } of due) {
    registrations += await deps.db.transaction().execute(async (trx) => {
      const n = await anonymiseRegistrations(trx, id, iso);
      await deleteCancelTokensOfMeeting(trx, id);
      await deleteMeetingMail(trx, id, iso);
      await updateMeeting(trx, id, { anonymised_at: iso, recipient_emails: null });
      return n;
    });
  }
  if (due.length) deps.logger.info({ meetings: due.length, registrations }, 'meeting registrations anonymised');
  return { meetings: due.length, registrations };
}
