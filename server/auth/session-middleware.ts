import type { RequestHandler } from 'express';
import type { AppDeps } from '../deps';
import { clearCookie, readCookie } from '../http/cookies';
import { setFlash } from '../http/flash';
import { lookupSession } from './session-store';

export const SESSION_COOKIE = 'sid';

export function sessionMiddleware(deps: AppDeps): RequestHandler {
  return async (req, res, next) => {
    const found = await lookupSession(deps.db, readCookie(req, deps.config, SESSION_COOKIE), deps.clock.now());
    if (found.state === 'valid') {
      req.staff = found.user;
      req.sessionKey = found.key;
    } else if (found.state === 'expired') {
      clearCookie(res, deps.config, SESSION_COOKIE);
      setFlash(res, deps.config, 'Du har loggats ut eftersom du varit inaktiv en längre tid. Logga in igen.');
    }
    next();
  };
}
