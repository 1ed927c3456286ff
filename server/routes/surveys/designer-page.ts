import type { Request, Response } from 'express';
import type { AppDeps } from '../../deps';
import { notFound } from '../../http/errors';
import { setFlash } from '../../http/flash';
import { renderPage } from '../../http/render';
import { designerView, versionPath } from '../../presenters/surveys/designer';
import { versionRows } from '../../presenters/surveys/series';
import type { SaveOutcome } from '../../services/surveys/save-draft';
import { listVersionsOfSurveys } from '../../../db/repositories/survey-drafts';
import { findSurveyVersion, type StoredVersion } from '../../../db/repositories/survey-versions';
import { findSeries } from '../../../db/repositories/surveys';
import { canEdit, versionParam } from './access';

export const CONFLICT_MESSAGE = 'Någon annan har sparat utkastet efter att du öppnade sidan, så din ändring är inte sparad. Sidan visar nu det senaste utkastet. Gör ändringen igen om den fortfarande behövs.';
export const FROZEN_MESSAGE = 'Den här versionen är publicerad och kan inte ändras. Välj ”Gör en ny version” för att ändra enkäten.';

export interface Problem { title: string; messages: string[]; status: number }

/** The designer page of a version; with a problem (a refused change) it is shown with 409 or 422. */
export async function showDesigner(req: Request, res: Response, deps: AppDeps, version: StoredVersion, problem?: Problem): Promise<void> {
  const series = version.seriesId ? await findSeries(deps.db, version.seriesId) : undefined;
  const versions = versionRows(await listVersionsOfSurveys(deps.db, [version.surveyId]));
  const view = designerView(version, canEdit(req));
  renderPage(res, 'surveys/designer', {
    title: `${view.definition.title}, version ${version.versionNo}`, ...view, seriesTitle: series?.title ?? null, seriesId: series?.id ?? null,
    versions, problem: problem ?? null,
  }, problem?.status ?? 200);
}

/** A refused save as a problem to show (a missing page or question is a 404). */
export function problemOf(outcome: Exclude<SaveOutcome, { ok: true }> | { ok: false; reason: 'conflict' | 'frozen' }): Problem {
  if (outcome.reason === 'missing') throw notFound();
  if (outcome.reason === 'conflict') return { title: 'Ändringen sparades inte', messages: [CONFLICT_MESSAGE], status: 409 };
  if (outcome.reason === 'frozen') return { title: 'Versionen är låst', messages: [FROZEN_MESSAGE], status: 409 };
  return { title: 'Ändringen sparades inte', messages: 'errors' in outcome ? outcome.errors : [], status: 422 };
}

/** After a designer button (move, duplicate, delete, publish): back to the designer, or the designer with the problem. */
export async function respondToChange(
  req: Request, res: Response, deps: AppDeps, version: StoredVersion,
  outcome: { ok: true } | Parameters<typeof problemOf>[0], flash: string, anchor = '',
): Promise<void> {
  if (outcome.ok) {
    setFlash(res, deps.config, flash);
    return res.redirect(303, `${versionPath(version)}${anchor}`);
  }
  const problem = problemOf(outcome);
  const fresh = await findSurveyVersion(deps.db, version.id);
  if (!fresh) throw notFound();
  await showDesigner(req, res, deps, fresh, problem);
}

/** The version of an edit form (GET); for a published version the designer is shown with the reason (409) and null returned. */
export async function editableVersion(req: Request, res: Response, deps: AppDeps): Promise<StoredVersion | null> {
  const version = await versionParam(deps, req);
  if (version.status === 'draft') return version;
  await showDesigner(req, res, deps, version, problemOf({ ok: false, reason: 'frozen' }));
  return null;
}
