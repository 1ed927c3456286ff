import type { Request } from 'express';
import type { AppDeps } from '../../deps';
import { ANY_STAFF, staff } from '../../http/access';
import { notFound } from '../../http/errors';
import { findSurveyVersion, type StoredVersion } from '../../../db/repositories/survey-versions';

/** Everyone on staff reads surveys (analysts and viewers too); editors and admins design them. */
export const READ = ANY_STAFF;
export const EDIT = staff('admin', 'editor');

export function canEdit(req: Request): boolean {
  return req.staff?.role === 'admin' || req.staff?.role === 'editor';
}

export function idParam(req: Request, name = 'id'): number {
  const id = Number(req.params[name]);
  if (!Number.isSafeInteger(id) || id <= 0) throw notFound();
  return id;
}

/** The version named by :id (survey) and :vid, or 404. */
export async function versionParam(deps: AppDeps, req: Request): Promise<StoredVersion> {
  const surveyId = idParam(req);
  const version = await findSurveyVersion(deps.db, idParam(req, 'vid'));
  if (!version || version.surveyId !== surveyId) throw notFound();
  return version;
}
