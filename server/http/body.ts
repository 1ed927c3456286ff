import express, { type RequestHandler } from 'express';
import multer from 'multer';

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 200, fieldSize: 100_000 },
}).any();

const urlencoded = express.urlencoded({ extended: false, limit: '300kb', parameterLimit: 3000 });

/**
 * Parses url-encoded form bodies. A multipart body is NOT read here: it stays unread until session, CSRF
 * (X-CSRF-Token header or ?_csrf= query) and the route's role check have passed, and then only on a route that
 * takes an upload (`acceptUpload`). A refused upload closes the connection instead of reading the rest.
 */
export const parseBody: RequestHandler = (req, res, next) => {
  if (!req.is('multipart/form-data')) return urlencoded(req, res, next);
  req.body = {};
  res.setHeader('Connection', 'close');
  next();
};

/** On an upload route, after its checks: the form fields in req.body, the file in req.files[0]. */
export const acceptUpload: RequestHandler = (req, res, next) => {
  if (!req.is('multipart/form-data')) return next();
  upload(req, res, (err?: unknown) => next(err ? asHttpError(err) : undefined));
};

/** multer's errors carry no HTTP status: its LIMIT_* errors are "too large" (413), anything else in a
 *  multipart body (cut off, malformed) is a bad request (400) — never a 500. */
function asHttpError(err: unknown): unknown {
  if (!(err instanceof Error)) return err;
  const code = (err as { code?: unknown }).code;
  const status = typeof code === 'string' && code.startsWith('LIMIT_') ? 413 : 400;
  return Object.assign(err, { status, expose: false });
}
