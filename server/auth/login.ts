import { createHmac } from 'node:crypto';
import type { AppDeps } from '../deps';
import { findStaffByEmail, markLogin } from '../../db/repositories/staff-users';
import { clearRateLimit, hitRateLimit, peekRateLimit } from '../../db/repositories/rate-limits';
import { burnPasswordCheck, verifyPassword } from './passwords';
import { createSession } from './session-store';

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_CLIENT = 20;

export type LoginResult =
  | { ok: true; sessionId: string; user: { id: number; email: string } }
  | { ok: false; reason: 'invalid' | 'locked' };

/** The client address is kept only as a keyed hash, and only in the rate-limit table. */
function clientKey(secret: string, client: string): string {
  return 'login:client:' + createHmac('sha256', secret).update(client).digest('hex').slice(0, 32);
}

export async function attemptLogin(deps: AppDeps, email: string, password: string, client: string): Promise<LoginResult> {
  const now = deps.clock.now();
  const accountKey = `login:account:${email.trim().toLowerCase()}`;
  const cKey = clientKey(deps.config.sessionSecret, client);
  const locked = (await peekRateLimit(deps.db, accountKey, now)) >= MAX_FAILURES_PER_ACCOUNT
    || (await peekRateLimit(deps.db, cKey, now)) >= MAX_FAILURES_PER_CLIENT;
  const user = await findStaffByEmail(deps.db, email);
  // Same work whether or not the account exists, so timing does not reveal valid e-mail addresses.
  const valid = user && !user.disabled ? await verifyPassword(user.password_hash, password) : (await burnPasswordCheck(password), false);
  if (locked) return { ok: false, reason: 'locked' };
  if (!valid || !user) {
    await hitRateLimit(deps.db, accountKey, LOGIN_WINDOW_MS, now);
    await hitRateLimit(deps.db, cKey, LOGIN_WINDOW_MS, now);
    return { ok: false, reason: 'invalid' };
  }
  await clearRateLimit(deps.db, accountKey);
  await markLogin(deps.db, user.id, now.toISOString());
  const session = await createSession(deps.db, user.id, now);
  return { ok: true, sessionId: session.id, user: { id: user.id, email: user.email } };
}
