import type { Request, Response } from 'express';
import type { AppDeps } from '../../deps';
import type { AreaRouter } from '../../http/area-router';
import { notFound } from '../../http/errors';
import { renderInvalid } from '../../http/forms';
import { renderPage } from '../../http/render';
import type { Condition } from '../../domain/survey/definition';
import { findPage, questionsByKey } from '../../domain/survey/definition-index';
import { conditionValues, parseCondition, valuesFromCondition, type ConditionValues } from '../../inputs/surveys/condition';
import { revisionOf } from '../../inputs/surveys/page';
import { conditionCandidates, conditionRows } from '../../presenters/surveys/condition-form';
import { versionPath } from '../../presenters/surveys/designer';
import { setPageCondition } from '../../services/surveys/edits/pages';
import { setQuestionCondition } from '../../services/surveys/edits/questions';
import type { StoredVersion } from '../../../db/repositories/survey-versions';
import { EDIT, versionParam } from './access';
import { editableVersion } from './designer-page';
import { saveForm } from './form-save';

const V = '/:id/versioner/:vid';
const VIEW = 'surveys/condition';

interface Target { kind: 'question' | 'page'; key: string; name: string; condition: Condition | undefined }

async function targetOf(deps: AppDeps, req: Request, kind: Target['kind']): Promise<{ version: StoredVersion; target: Target }> {
  const version = await versionParam(deps, req);
  const key = String(req.params.key);
  if (kind === 'page') {
    const page = findPage(version.definition, key);
    if (!page || version.definition.pages[0]?.key === key) throw notFound();
    return { version, target: { kind, key, name: `sidan ”${page.title}”`, condition: page.showIf } };
  }
  const question = questionsByKey(version.definition).get(key)?.question;
  if (!question) throw notFound();
  return { version, target: { kind, key, name: `frågan ”${question.text}”`, condition: question.showIf } };
}

function data(version: StoredVersion, target: Target, values: ConditionValues, revision: number) {
  const base = versionPath(version);
  const candidates = conditionCandidates(version.definition, target.kind === 'page' ? { page: target.key } : { question: target.key });
  return {
    title: `Villkor för ${target.name}`, base, revision, targetName: target.name, hasCondition: Boolean(target.condition),
    action: `${base}/${target.kind === 'page' ? 'sidor' : 'fragor'}/${target.key}/villkor`, anchor: `#${target.kind === 'page' ? 'sida' : 'fraga'}-${target.key}`,
    candidateCount: candidates.length, mode: values.mode, rows: conditionRows(candidates, values),
  };
}

/** Show-if conditions without JavaScript: choose a question, "Visa svarsalternativ", then the values. */
export function conditionRoutes(area: AreaRouter, deps: AppDeps): void {
  for (const [kind, path] of [['question', 'fragor'], ['page', 'sidor']] as const) {
    area.get(`${V}/${path}/:key/villkor`, EDIT, async (req, res) => {
      if (!(await editableVersion(req, res, deps))) return;
      const { version, target } = await targetOf(deps, req, kind);
      renderPage(res, VIEW, data(version, target, valuesFromCondition(target.condition), version.revision));
    });

    area.post(`${V}/${path}/:key/villkor`, EDIT, async (req: Request, res: Response) => {
      const { version, target } = await targetOf(deps, req, kind);
      const values = conditionValues(req.body);
      const revision = revisionOf(req.body);
      if (req.body._action === 'visa') return renderPage(res, VIEW, data(version, target, values, revision));
      let condition: Condition | undefined;
      if (req.body._action !== 'ta-bort') {
        const parsed = parseCondition(values);
        if (!parsed.ok) return renderInvalid(res, VIEW, data(version, target, values, revision), parsed.errors, {}, Object.keys(parsed.errors));
        condition = parsed.condition;
      }
      const set = (def: StoredVersion['definition']) => (kind === 'page' ? setPageCondition(def, target.key, condition) : setQuestionCondition(def, target.key, condition));
      await saveForm(req, res, deps, version, { view: VIEW, data: data(version, target, values, revision), values: {}, order: ['rules.0.question'], invalidField: 'rules.0.question' },
        set, { change: `${kind}.condition`, key: target.key }, condition ? 'Villkoret är sparat.' : 'Villkoret är borttaget.', `#${kind === 'page' ? 'sida' : 'fraga'}-${target.key}`);
    });
  }
}
