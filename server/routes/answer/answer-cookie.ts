import type { Request, Response } from 'express';
import type { Config } from '../../config';
import { clearCookie, readCookie, setCookie } from '../../http/cookies';
import { ANSWER_COOKIE, ANSWER_SESSION_MS, answerSessionOf, answerSessionValue } from '../../services/answering/answer-session';

/** The answer session travels in an HttpOnly cookie (flags from server/http/cookies.ts); what it holds and how it
 *  is checked is server/services/answering/answer-session.ts. */
export function startAnswerSession(res: Response, config: Config, session: string, now: Date): void {
  setCookie(res, config, ANSWER_COOKIE, answerSessionValue(config, session, now), ANSWER_SESSION_MS);
}

/** The session token of a valid, unexpired answer cookie, or null. */
export function readAnswerSession(req: Request, config: Config, now: Date): string | null {
  return answerSessionOf(config, readCookie(req, config, ANSWER_COOKIE), now);
}

export function endAnswerSession(res: Response, config: Config): void {
  clearCookie(res, config, ANSWER_COOKIE);
}
