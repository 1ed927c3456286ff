import type { AppDeps } from '../deps';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { writeAudit } from '../../db/repositories/audit-log';
import { clearRateLimit, hitRateLimit, peekRateLimit } from '../../db/repositories/rate-limits';
import { deleteOtherSessionsOfUser } from '../../db/repositories/sessions';
import { findStaffByEmail, updateStaff } from '../../db/repositories/staff-users';

type Me = { id: number; email: string };
/** Wrong current passwords per user and 15 minutes: a stolen session cannot guess the password. */
export const MAX_WRONG_CURRENT = 5;
const WINDOW_MS = 15 * 60 * 1000;

/** ASVS 6.2: the current password first; then the new one, the user's other sessions ended, audited. */
export async function changeOwnPassword(deps: AppDeps, me: Me, sessionKey: string, current: string, next: string): Promise<'changed' | 'wrong' | 'throttled'> {
  const key = `password-change:${me.id}`;
  const at = deps.clock.now();
  if ((await peekRateLimit(deps.db, key, at)) >= MAX_WRONG_CURRENT) return 'throttled';
  const user = await findStaffByEmail(deps.db, me.email);
  if (!user || user.id !== me.id || !(await verifyPassword(user.password_hash, current))) {
    await hitRateLimit(deps.db, key, WINDOW_MS, at);
    return 'wrong';
  }
  const passwordHash = await hashPassword(next);
  const now = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await updateStaff(trx, me.id, { passwordHash });
    await deleteOtherSessionsOfUser(trx, me.id, sessionKey);
    await writeAudit(trx, { actor: me, action: 'staff.password.change', objectType: 'staff_user', objectId: me.id }, now);
  });
  await clearRateLimit(deps.db, key);
  return 'changed';
}
