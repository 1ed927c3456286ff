import type { Request, RequestHandler } from 'express';
import type { Config } from '../config';
import { readCookie, setCookie } from './cookies';
import { HttpError } from './errors';
import { hmac, randomToken, sameSecret } from '../security/tokens';

const SEED = 'csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** POSTs authenticated by a signature in the URL instead (a CSRF token cannot come with them):
 *  the RFC 8058 one-click unsubscribe that mailbox providers send. Idempotent, no session used. */
export const CSRF_EXEMPT_POSTS: readonly RegExp[] = [/^\/avregistrera\/[^/]+$/];

/** Signed double-submit token: HMAC(secret, seed cookie | session key). Bound to the staff session
 *  when there is one, so a token from before login is useless after it. */
export function csrfToken(secret: string, seed: string, sessionKey = ''): string {
  return hmac(secret, `${seed}|${sessionKey}`, 'base64url');
}

/** An upload's body is not read before this check, so its token comes in the header or the form's action URL. */
function tokenOutsideBody(req: Request): string | undefined {
  const query = req.query._csrf;
  return req.get('x-csrf-token') ?? (typeof query === 'string' ? query : undefined);
}

export function csrfProtection(config: Config): RequestHandler {
  // The token of a seed (and session) is computed once: every page and every post needs it, and an HMAC per
  // request showed in the respondent path's profile. Bounded; emptied when full.
  const known = new Map<string, string>();
  const tokenOf = (seed: string, sessionKey = ''): string => {
    const key = `${seed}|${sessionKey}`;
    let token = known.get(key);
    if (token === undefined) {
      if (known.size >= 10_000) known.clear();
      known.set(key, (token = csrfToken(config.sessionSecret, seed, sessionKey)));
    }
    return token;
  };
  return (req, res, next) => {
    let seed = readCookie(req, config, SEED);
    if (!seed || !/^[\w-]{22,}$/.test(seed)) {
      seed = randomToken(16);
      setCookie(res, config, SEED, seed);
      req.cookies[SEED] = seed;
    }
    const expected = tokenOf(seed, req.sessionKey);
    res.locals.csrfToken = expected;
    if (SAFE_METHODS.has(req.method)) return next();
    if (req.method === 'POST' && CSRF_EXEMPT_POSTS.some((p) => p.test(req.path))) return next();
    const sent = req.is('multipart/form-data') ? tokenOutsideBody(req) : (typeof req.body?._csrf === 'string' ? req.body._csrf : undefined) ?? req.get('x-csrf-token');
    if (!sent || !sameSecret(sent, expected)) {
      return next(new HttpError(403, 'Formuläret har gått ut eller skickades från fel ställe. Ladda om sidan och försök igen.'));
    }
    next();
  };
}
