import type { Request, Response } from 'express';
import type { AppDeps } from '../../deps';
import type { FieldErrors } from '../../inputs/field-errors';
import { renderInvalid } from '../../http/forms';
import type { SurveyDefinition } from '../../domain/survey/definition';
import { revisionOf } from '../../inputs/surveys/page';
import { saveDraft, type ChangeNote } from '../../services/surveys/save-draft';
import type { StoredVersion } from '../../../db/repositories/survey-versions';
import { problemOf, respondToChange } from './designer-page';
import { actorOf } from '../../http/actor';

export interface FormPage {
  view: string;
  data: Record<string, unknown>;
  values: unknown;
  order: string[];
  /** the field a refused definition (e.g. a forward reference) is reported at */
  invalidField: string;
}

/**
 * Saves a designer form's change at the revision the form was read at. Refused: the same form again with
 * the typed values kept — 422 with the messages by `invalidField`, or 409 (someone saved first / published)
 * with the latest revision, so saving again is a deliberate choice.
 */
export async function saveForm(
  req: Request, res: Response, deps: AppDeps, version: StoredVersion, form: FormPage,
  change: (def: SurveyDefinition) => SurveyDefinition, note: ChangeNote, flash: string, anchor: string,
): Promise<void> {
  const outcome = await saveDraft(deps, actorOf(req), { versionId: version.id, revision: revisionOf(req.body) }, change, note);
  if (outcome.ok) return respondToChange(req, res, deps, version, outcome, flash, anchor);
  const problem = problemOf(outcome);
  const errors: FieldErrors = outcome.reason === 'invalid' ? { [form.invalidField]: outcome.errors.join(' ') } : {};
  const data = { ...form.data, revision: version.revision, problem: outcome.reason === 'invalid' ? null : problem };
  renderInvalid(res, form.view, data, errors, form.values, form.order, problem.status);
}
