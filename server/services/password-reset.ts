import type { AppDeps } from '../deps';
import { hashPassword } from '../auth/passwords';
import { newHashedToken, randomToken, sha256Hex as hashToken } from '../security/tokens';
import { passwordResetEmail } from '../emails/staff/password-reset';
import { enqueueMail } from '../mail/outbox';
import { writeAudit } from '../../db/repositories/audit-log';
import { consumeReset, findUsableReset, insertPasswordReset } from '../../db/repositories/password-resets';
import { deleteSessionsOfUser } from '../../db/repositories/sessions';
import { updateStaff } from '../../db/repositories/staff-users';
import type { Actor } from '../domain/actor';

export const RESET_VALID_HOURS = 24;

/**
 * An admin forces a reset: the old password stops working, every session of the user ends, and a
 * one-time link (256-bit token, only its hash stored, valid 24 h) goes out by mail.
 */
export async function forcePasswordReset(deps: AppDeps, actor: Actor, user: { id: number; email: string; name: string }): Promise<void> {
  const { token, hash: tokenHash } = newHashedToken();
  const unusable = await hashPassword(randomToken());
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + RESET_VALID_HOURS * 3600_000).toISOString();
  const mail = passwordResetEmail({ name: user.name, url: `${deps.config.baseUrl}/aterstall-losenord/${token}`, validHours: RESET_VALID_HOURS });
  await deps.db.transaction().execute(async (trx) => {
    await updateStaff(trx, user.id, { passwordHash: unusable });
    await deleteSessionsOfUser(trx, user.id);
    await insertPasswordReset(trx, { tokenHash, userId: user.id, now: now.toISOString(), expiresAt });
    await enqueueMail(trx, { key: `password-reset:${tokenHash.slice(0, 24)}`, category: 'staff-password-reset', to: user.email, toName: user.name, ...mail }, now);
    await writeAudit(trx, { actor, action: 'staff.password.reset-request', objectType: 'staff_user', objectId: user.id }, now.toISOString());
  });
}

/** The user a link belongs to while it is usable (null: unknown, used or expired). */
export async function findResetUser(deps: AppDeps, token: string): Promise<{ userId: number; email: string } | null> {
  return (await findUsableReset(deps.db, hashToken(token), deps.clock.now().toISOString())) ?? null;
}

/** Sets the new password and uses up the link; false if someone else used it first or it expired. */
export async function redeemPasswordReset(deps: AppDeps, token: string, user: { userId: number; email: string }, password: string): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  const now = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    if (!(await consumeReset(trx, hashToken(token), now))) return false;
    await updateStaff(trx, user.userId, { passwordHash });
    await deleteSessionsOfUser(trx, user.userId);
    await writeAudit(trx, { actor: { id: user.userId, email: user.email }, action: 'staff.password.reset', objectType: 'staff_user', objectId: user.userId }, now);
    return true;
  });
}
