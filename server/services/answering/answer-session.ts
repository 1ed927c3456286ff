import type { Config } from '../../config';
import { sign, verifySignature } from '../waves/tokens';

export const ANSWER_COOKIE = 'svar';
export const ANSWER_SESSION_MS = 8 * 3600_000;
const PURPOSE = 'answer-session';
const VALUE = /^([\w-]{43})\.(\d{13})\.([\w-]{43})$/;

/** After the link is opened the browser holds `<session>.<expiry>.<hmac>`: the session token derived from the
 *  link's token. The database keeps only a keyed hash of it, so neither a database copy nor the app secret can
 *  make one (and the draft key is derived from it). Nothing is stored server-side; when it expires the mailed
 *  link works again. The HTTP side (the HttpOnly cookie) is server/routes/answer/answer-cookie.ts. */
export function answerSessionValue(config: Pick<Config, 'sessionSecret'>, session: string, now: Date): string {
  const value = `${session}.${now.getTime() + ANSWER_SESSION_MS}`;
  return `${value}.${sign(config.sessionSecret, PURPOSE, value)}`;
}

/** The session token of a valid, unexpired value, or null. */
export function answerSessionOf(config: Pick<Config, 'sessionSecret'>, raw: string | undefined, now: Date): string | null {
  const m = raw ? VALUE.exec(raw) : null;
  if (!m || !verifySignature(config.sessionSecret, PURPOSE, `${m[1]}.${m[2]}`, m[3]!)) return null;
  return Number(m[2]) > now.getTime() ? m[1]! : null;
}
