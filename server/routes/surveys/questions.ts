import type { Request, Response } from 'express';
import type { AppDeps } from '../../deps';
import type { AreaRouter } from '../../http/area-router';
import { notFound } from '../../http/errors';
import { renderInvalid } from '../../http/forms';
import { type FieldErrors } from '../../inputs/field-errors';
import { renderPage } from '../../http/render';
import { findQuestionType, questionTypes } from '../../domain/question-types/registry';
import type { AnyQuestionType } from '../../domain/question-types/types';
import { findPage, questionsByKey } from '../../domain/survey/definition-index';
import { BLANK_ROWS, postedValues, valuesFromQuestion, type FormValues } from '../../inputs/surveys/form-values';
import { revisionOf } from '../../inputs/surveys/page';
import { questionFormFields } from '../../inputs/surveys/question-fields';
import { parseQuestionForm, questionFieldOrder } from '../../inputs/surveys/question';
import { versionPath } from '../../presenters/surveys/designer';
import { questionFormView } from '../../presenters/surveys/question-form';
import { addQuestion, replaceQuestion } from '../../services/surveys/edits/questions';
import { questionKeys } from '../../domain/survey/keys';
import type { StoredVersion } from '../../../db/repositories/survey-versions';
import { EDIT, versionParam } from './access';
import { editableVersion } from './designer-page';
import { saveForm } from './form-save';
import { questionActionRoutes } from './question-actions';

const V = '/:id/versioner/:vid';
const VIEW = 'surveys/question-form';

interface Target { version: StoredVersion; type: AnyQuestionType; pageKey: string; key: string | null }

function formData(target: Target, values: FormValues, errors: FieldErrors, extraRows: number, revision: number) {
  const base = versionPath(target.version);
  return {
    title: target.key ? `Ändra frågan (${target.type.label.toLowerCase()})` : `Ny fråga: ${target.type.label.toLowerCase()}`,
    base, revision, typeName: target.type.type, typeLabel: target.type.label, questionKey: target.key,
    action: target.key ? `${base}/fragor/${target.key}` : `${base}/sidor/${target.pageKey}/fragor`,
    fields: questionFormView(questionFormFields(target.type), values, errors, extraRows),
  };
}

function renderForm(res: Response, target: Target, values: FormValues, revision: number): void {
  renderPage(res, VIEW, { ...formData(target, values, {}, BLANK_ROWS, revision), values });
}

/** Reads the posted form; "Fler rader" shows it again with blank rows; otherwise saves the question. */
async function handlePost(req: Request, res: Response, deps: AppDeps, target: Target): Promise<void> {
  const values = postedValues(req.body);
  const revision = revisionOf(req.body);
  if (req.body._action === 'fler') return renderPage(res, VIEW, { ...formData(target, values, {}, BLANK_ROWS, revision), values });
  const def = target.version.definition;
  const parsed = parseQuestionForm(target.type, values, target.key ? { fixed: target.key } : { taken: questionKeys(def) });
  const data = (errors: FieldErrors) => ({ ...formData(target, values, errors, 0, revision), values });
  if (!parsed.ok) return renderInvalid(res, VIEW, data(parsed.errors), parsed.errors, values, questionFieldOrder(target.type, parsed.errors));
  const question = parsed.question;
  await saveForm(req, res, deps, target.version, { view: VIEW, data: data({}), values, order: ['text'], invalidField: 'text' },
    (current) => (target.key ? replaceQuestion(current, target.key, question) : addQuestion(current, target.pageKey, question)),
    { change: target.key ? 'question.edit' : 'question.add', key: question.key },
    target.key ? 'Frågan är sparad.' : 'Frågan är tillagd.', `#fraga-${question.key}`);
}

/** Questions of a draft: choose a type, fill in its form (read from the type's own schema), edit. */
export function questionRoutes(area: AreaRouter, deps: AppDeps): void {
  const typeChoices = questionTypes.map((t) => ({ value: t.type, label: t.label }));

  area.get(`${V}/sidor/:page/fragor/ny`, EDIT, async (req, res) => {
    const version = await editableVersion(req, res, deps);
    if (!version) return;
    const page = findPage(version.definition, String(req.params.page));
    if (!page) throw notFound();
    const type = findQuestionType(String(req.query.typ ?? ''));
    if (!type) {
      const base = versionPath(version);
      return renderPage(res, 'surveys/question-type', { title: 'Ny fråga', base, action: `${base}/sidor/${page.key}/fragor/ny`, pageTitle: page.title, typeChoices });
    }
    const fields = questionFormFields(type);
    renderForm(res, { version, type, pageKey: page.key, key: null }, { ...valuesFromQuestion(fields, undefined), required: '1' }, version.revision);
  });

  area.post(`${V}/sidor/:page/fragor`, EDIT, async (req, res) => {
    const version = await versionParam(deps, req);
    const page = findPage(version.definition, String(req.params.page));
    const type = findQuestionType(String(req.body.typ ?? ''));
    if (!page || !type) throw notFound();
    await handlePost(req, res, deps, { version, type, pageKey: page.key, key: null });
  });

  async function existing(req: Request) {
    const version = await versionParam(deps, req);
    const placed = questionsByKey(version.definition).get(String(req.params.key));
    if (!placed) throw notFound();
    const type = findQuestionType(placed.question.type)!;
    return { target: { version, type, pageKey: placed.page.key, key: placed.question.key }, question: placed.question };
  }

  area.get(`${V}/fragor/:key`, EDIT, async (req, res) => {
    if (!(await editableVersion(req, res, deps))) return;
    const { target, question } = await existing(req);
    renderForm(res, target, valuesFromQuestion(questionFormFields(target.type), question as unknown as Record<string, unknown>), target.version.revision);
  });

  area.post(`${V}/fragor/:key`, EDIT, async (req, res) => {
    const { target } = await existing(req);
    await handlePost(req, res, deps, target);
  });

  questionActionRoutes(area, deps);
}
