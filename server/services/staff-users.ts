import type { AppDeps } from '../deps';
import { hashPassword } from '../auth/passwords';
import { writeAudit } from '../../db/repositories/audit-log';
import { deleteSessionsOfUser } from '../../db/repositories/sessions';
import { findStaffByEmail, insertStaff, updateStaff } from '../../db/repositories/staff-users';
import type { Role } from '../../db/tables/foundation';
import type { Actor } from '../domain/actor';


export async function createStaffUser(deps: AppDeps, actor: Actor | null, u: { name: string; email: string; role: Role; password: string }): Promise<{ ok: true; id: number } | { ok: false; field: string; message: string }> {
  if (await findStaffByEmail(deps.db, u.email)) return { ok: false, field: 'email', message: 'Det finns redan en användare med den e-postadressen' };
  const now = deps.clock.now().toISOString();
  const passwordHash = await hashPassword(u.password);
  const id = await deps.db.transaction().execute(async (trx) => {
    const newId = await insertStaff(trx, { email: u.email, name: u.name, role: u.role, passwordHash, now });
    await writeAudit(trx, { actor, action: 'staff.create', objectType: 'staff_user', objectId: newId, details: { role: u.role } }, now);
    return newId;
  });
  return { ok: true, id };
}

export async function changeStaffUser(deps: AppDeps, actor: Actor | null, id: number, patch: { name: string; role: Role; disabled: boolean; password: string }): Promise<void> {
  const now = deps.clock.now().toISOString();
  const passwordHash = patch.password ? await hashPassword(patch.password) : undefined;
  await deps.db.transaction().execute(async (trx) => {
    await updateStaff(trx, id, { name: patch.name, role: patch.role, disabled: patch.disabled ? 1 : 0, passwordHash });
    // A disabled user, a new role or a new password ends every open session of that user.
    await deleteSessionsOfUser(trx, id);
    await writeAudit(trx, { actor, action: 'staff.update', objectType: 'staff_user', objectId: id, details: { role: patch.role, disabled: patch.disabled, passwordChanged: Boolean(passwordHash) } }, now);
  });
}
