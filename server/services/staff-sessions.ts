import { writeAudit } from '../../db/repositories/audit-log';
import { deleteSession } from '../../db/repositories/sessions';
import type { AppDeps } from '../deps';
import type { Actor } from '../domain/actor';

/** Ends a staff session (its stored key, the hash of the cookie's id). */
export async function endStaffSession(deps: AppDeps, sessionKey: string): Promise<void> {
  await deleteSession(deps.db, sessionKey);
}

/** After a successful login: the session the browser had before is ended, and the login is audited. */
export async function completeLogin(deps: AppDeps, user: Actor, previousSessionKey: string | undefined): Promise<void> {
  if (previousSessionKey) await endStaffSession(deps, previousSessionKey);
  await writeAudit(deps.db, { actor: user, action: 'login', objectType: 'staff_user', objectId: user.id }, deps.clock.now().toISOString());
}
