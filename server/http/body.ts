import express, { type RequestHandler } from 'express';
import multer from 'multer';

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 200, fieldSize: 100_000 },
}).any();

const urlencoded = express.urlencoded({ extended: false, limit: '300kb', parameterLimit: 3000 });

/** Parses every form body before the CSRF check, so multipart uploads are covered by the same check. */
export const parseBody: RequestHandler = (req, res, next) => {
  if (!req.is('multipart/form-data')) return urlencoded(req, res, next);
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
