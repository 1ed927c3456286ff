import { parse } from 'cookie';
import type { CookieOptions, RequestHandler, Response } from 'express';
import type { Config } from '../config';

/** In production every cookie gets the `__Host-` prefix (Secure, path /, no Domain). */
export function cookieName(config: Pick<Config, 'env'>, base: string): string {
  return config.env === 'production' ? `__Host-${base}` : base;
}

export function cookieOptions(config: Pick<Config, 'env'>, maxAgeMs?: number): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.env === 'production',
    path: '/',
    ...(maxAgeMs ? { maxAge: maxAgeMs } : {}),
  };
}

export function setCookie(res: Response, config: Pick<Config, 'env'>, base: string, value: string, maxAgeMs?: number): void {
  res.cookie(cookieName(config, base), value, cookieOptions(config, maxAgeMs));
}

export function clearCookie(res: Response, config: Pick<Config, 'env'>, base: string): void {
  res.clearCookie(cookieName(config, base), cookieOptions(config));
}

export function readCookie(req: { cookies: Record<string, string> }, config: Pick<Config, 'env'>, base: string): string | undefined {
  return req.cookies[cookieName(config, base)];
}

export const parseCookies: RequestHandler = (req, _res, next) => {
  req.cookies = req.headers.cookie ? (parse(req.headers.cookie) as Record<string, string>) : {};
  next();
};
