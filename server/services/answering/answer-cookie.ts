import type { Request, Response } from 'express';
import type { Config } from '../../config';
import { clearCookie, readCookie, setCookie } from '../../http/cookies';
import { sign, verifySignature } from '../waves/tokens';

export const ANSWER_COOKIE = 'svar';
export const ANSWER_SESSION_MS = 8 * 3600_000;
const PURPOSE = 'answer-session';

/** After the link's token is swapped: an HttpOnly cookie `<invitation>.<expiry>.<hmac>`. Nothing is stored
 *  server-side; when it expires the same mailed link simply works again. */
export function startAnswerSession(res: Response, config: Config, invitationId: number, now: Date): void {
  const value = `${invitationId}.${now.getTime() + ANSWER_SESSION_MS}`;
  setCookie(res, config, ANSWER_COOKIE, `${value}.${sign(config.sessionSecret, PURPOSE, value)}`, ANSWER_SESSION_MS);
}

/** The invitation id of a valid, unexpired answer cookie, or null. */
export function readAnswerSession(req: Request, config: Config, now: Date): number | null {
  const raw = readCookie(req, config, ANSWER_COOKIE);
  const m = raw ? /^(\d{1,12})\.(\d{13})\.([\w-]{43})$/.exec(raw) : null;
  if (!m || !verifySignature(config.sessionSecret, PURPOSE, `${m[1]}.${m[2]}`, m[3]!)) return null;
  return Number(m[2]) > now.getTime() ? Number(m[1]) : null;
}

export function endAnswerSession(res: Response, config: Config): void {
  clearCookie(res, config, ANSWER_COOKIE);
}
