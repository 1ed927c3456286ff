import type { RequestHandler, Response } from 'express';
import type { Config } from '../config';
import { clearCookie, readCookie, setCookie } from './cookies';

const FLASH = 'flash';

/** A one-time message shown on the next page (e.g. "Ändringarna är sparade"). Not secret, so a plain cookie. */
export function setFlash(res: Response, config: Pick<Config, 'env'>, message: string): void {
  setCookie(res, config, FLASH, Buffer.from(message, 'utf8').toString('base64url'), 60_000);
}

export function flashMiddleware(config: Pick<Config, 'env'>): RequestHandler {
  return (req, res, next) => {
    const raw = readCookie(req, config, FLASH);
    if (raw && req.method === 'GET') {
      res.locals.flash = Buffer.from(raw, 'base64url').toString('utf8').slice(0, 300);
      clearCookie(res, config, FLASH);
    }
    next();
  };
}
