import type { AppDeps } from '../deps';
import { findStaffByEmail, markLogin } from '../../db/repositories/staff-users';
import { clearRateLimit, hitRateLimit, peekRateLimit } from '../../db/repositories/rate-limits';
import { burnPasswordCheck, verifyPassword } from './passwords';
import { createSession } from './session-store';
import { keyedHash } from '../security/tokens';

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** Failures of one (account, client) pair before delays start; they are counted for a day. */
export const LOGIN_FREE_FAILURES = 3;
const PAIR_WINDOW_MS = 24 * 60 * 60 * 1000;
const FIRST_DELAY_MS = 30 * 1000;
export const MAX_FAILURES_PER_CLIENT = 20;

export type LoginResult =
  | { ok: true; sessionId: string; user: { id: number; email: string } }
  | { ok: false; reason: 'invalid' | 'locked' };

/** The wait after the n-th failure of a pair: none at first, then 30 s, 1 min, 2 min … up to 15 min. */
export function loginDelayMs(failures: number): number {
  if (failures < LOGIN_FREE_FAILURES) return 0;
  return Math.min(LOGIN_WINDOW_MS, FIRST_DELAY_MS * 2 ** (failures - LOGIN_FREE_FAILURES));
}

/** Client addresses and e-mails are kept only as keyed hashes, and only in the rate-limit table. */
function keys(secret: string, email: string, client: string) {
  const h = (s: string) => keyedHash(secret, s);
  const pair = h(`pair\n${email.trim().toLowerCase()}\n${client}`);
  return { client: `login:client:${h(client)}`, pair: `login:pair:${pair}`, wait: `login:wait:${pair}` };
}

/**
 * No per-account lock (anyone could lock a colleague out): an (account, client) pair gets growing
 * delays, a client gets a limit across accounts. Unknown accounts are throttled the same way.
 */
export async function attemptLogin(deps: AppDeps, email: string, password: string, client: string): Promise<LoginResult> {
  const now = deps.clock.now();
  const k = keys(deps.config.sessionSecret, email, client);
  const locked = (await peekRateLimit(deps.db, k.wait, now)) > 0
    || (await peekRateLimit(deps.db, k.client, now)) >= MAX_FAILURES_PER_CLIENT;
  const user = await findStaffByEmail(deps.db, email);
  // Same work whether or not the account exists or is throttled, so timing reveals nothing.
  const valid = user && !user.disabled ? await verifyPassword(user.password_hash, password) : (await burnPasswordCheck(password), false);
  if (locked) return { ok: false, reason: 'locked' };
  if (!valid || !user) {
    const failures = await hitRateLimit(deps.db, k.pair, PAIR_WINDOW_MS, now);
    const delay = loginDelayMs(failures);
    if (delay > 0) await hitRateLimit(deps.db, k.wait, delay, now);
    await hitRateLimit(deps.db, k.client, LOGIN_WINDOW_MS, now);
    return { ok: false, reason: 'invalid' };
  }
  await clearRateLimit(deps.db, k.pair);
  await markLogin(deps.db, user.id, now.toISOString());
  const session = await createSession(deps.db, user.id, now);
  return { ok: true, sessionId: session.id, user: { id: user.id, email: user.email } };
}
