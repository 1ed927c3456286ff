import type { AppDeps } from '../deps';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { writeAudit } from '../../db/repositories/audit-log';
import { deleteOtherSessionsOfUser } from '../../db/repositories/sessions';
import { findStaffByEmail, updateStaff } from '../../db/repositories/staff-users';

type Me = { id: number; email: string };

/** ASVS 6.2: the current password first; then the new one, the user's other sessions ended, audited. */
export async function changeOwnPassword(deps: AppDeps, me: Me, sessionKey: string, current: string, next: string): Promise<boolean> {
  const user = await findStaffByEmail(deps.db, me.email);
  if (!user || user.id !== me.id || !(await verifyPassword(user.password_hash, current))) return false;
  const passwordHash = await hashPassword(next);
  const now = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await updateStaff(trx, me.id, { passwordHash });
    await deleteOtherSessionsOfUser(trx, me.id, sessionKey);
    await writeAudit(trx, { actor: me, action: 'staff.password.change', objectType: 'staff_user', objectId: me.id }, now);
  });
  return true;
}
