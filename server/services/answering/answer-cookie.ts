import type { Request, Response } from 'express';
import type { Config } from '../../config';
import { clearCookie, readCookie, setCookie } from '../../http/cookies';
import { sign, verifySignature } from '../waves/tokens';

export const ANSWER_COOKIE = 'svar';
export const ANSWER_SESSION_MS = 8 * 3600_000;
const PURPOSE = 'answer-session';

/** After the link is opened: an HttpOnly cookie `<session>.<expiry>.<hmac>` carrying the session token derived
 *  from the link's token. The database keeps only a keyed hash of it, so neither a database copy nor the app
 *  secret can make one (and the draft key is derived from it). Nothing is stored server-side; when it expires
 *  the mailed link works again. */
export function startAnswerSession(res: Response, config: Config, session: string, now: Date): void {
  const value = `${session}.${now.getTime() + ANSWER_SESSION_MS}`;
  setCookie(res, config, ANSWER_COOKIE, `${value}.${sign(config.sessionSecret, PURPOSE, value)}`, ANSWER_SESSION_MS);
}

/** The session token of a valid, unexpired answer cookie, or null. */
export function readAnswerSession(req: Request, config: Config, now: Date): string | null {
  const raw = readCookie(req, config, ANSWER_COOKIE);
  const m = raw ? /^([\w-]{43})\.(\d{13})\.([\w-]{43})$/.exec(raw) : null;
  if (!m || !verifySignature(config.sessionSecret, PURPOSE, `${m[1]}.${m[2]}`, m[3]!)) return null;
  return Number(m[2]) > now.getTime() ? m[1]! : null;
}

export function endAnswerSession(res: Response, config: Config): void {
  clearCookie(res, config, ANSWER_COOKIE);
}
