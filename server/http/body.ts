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
  if (req.is('multipart/form-data')) return upload(req, res, next);
  return urlencoded(req, res, next);
};
