import express, { type RequestHandler } from 'express';
import { allows, type Access } from './access';
import { HttpError } from './errors';

export interface RouteInfo { method: 'get' | 'post'; path: string; access: Access }

/** An express router that records each route's method, full path and access rule. */
export class AreaRouter {
  readonly router = express.Router();
  readonly routes: RouteInfo[] = [];

  /** `sessionless`: an anonymous area (the respondent path) that never sees a staff session or a flash message;
   *  server/app.ts mounts it before those are read. */
  constructor(readonly mount: string, readonly options: { sessionless?: boolean } = {}) {}

  get(path: string, access: Access, ...handlers: RequestHandler[]): this {
    return this.add('get', path, access, handlers);
  }

  post(path: string, access: Access, ...handlers: RequestHandler[]): this {
    return this.add('post', path, access, handlers);
  }

  private add(method: 'get' | 'post', path: string, access: Access, handlers: RequestHandler[]): this {
    const full = (this.mount + path).replace(/\/+$/, '') || '/';
    this.routes.push({ method, path: full, access });
    this.router[method](path, guard(access), ...handlers);
    return this;
  }
}

function guard(access: Access): RequestHandler {
  return (req, res, next) => {
    res.locals.access = access;
    if (access.kind !== 'staff') return next();
    if (!req.staff) {
      if (req.method === 'GET') return res.redirect(303, `/logga-in?next=${encodeURIComponent(req.originalUrl)}`);
      return next(new HttpError(401, 'Du behöver logga in.'));
    }
    res.setHeader('Cache-Control', 'no-store');
    if (!allows(access, req.staff.role)) return next(new HttpError(403));
    next();
  };
}
