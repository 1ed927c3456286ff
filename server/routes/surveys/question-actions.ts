import type { AppDeps } from '../../deps';
import type { AreaRouter } from '../../http/area-router';
import { directionOf, revisionOf } from '../../inputs/surveys/page';
import { dependentsOf } from '../../services/surveys/edits/locate';
import { duplicateQuestion, moveQuestion, removeQuestion } from '../../services/surveys/edits/questions';
import { saveDraft } from '../../services/surveys/save-draft';
import { EDIT, versionParam } from './access';
import { respondToChange, showDesigner } from './designer-page';
import { actorOf } from '../../http/actor';

const Q = '/:id/versioner/:vid/fragor/:key';

/** The designer's buttons on a question: move up or down (across pages at the edges), duplicate, delete. */
export function questionActionRoutes(area: AreaRouter, deps: AppDeps): void {
  area.post(`${Q}/flytta`, EDIT, async (req, res) => {
    const version = await versionParam(deps, req);
    const key = String(req.params.key);
    const direction = directionOf(req.body) ?? 'up';
    const outcome = await saveDraft(deps, actorOf(req), { versionId: version.id, revision: revisionOf(req.body) }, (def) => moveQuestion(def, key, direction), { change: 'question.move', key });
    await respondToChange(req, res, deps, version, outcome, direction === 'up' ? 'Frågan är flyttad uppåt.' : 'Frågan är flyttad nedåt.', `#fraga-${key}`);
  });

  area.post(`${Q}/kopiera`, EDIT, async (req, res) => {
    const version = await versionParam(deps, req);
    const key = String(req.params.key);
    let copyKey = key;
    const outcome = await saveDraft(deps, actorOf(req), { versionId: version.id, revision: revisionOf(req.body) },
      (def) => { const copied = duplicateQuestion(def, key); copyKey = copied.key; return copied.definition; }, { change: 'question.duplicate', key });
    await respondToChange(req, res, deps, version, outcome, `Frågan är kopierad. Kopian har nyckeln ${copyKey}.`, `#fraga-${copyKey}`);
  });

  area.post(`${Q}/ta-bort`, EDIT, async (req, res) => {
    const version = await versionParam(deps, req);
    const key = String(req.params.key);
    const dependents = dependentsOf(version.definition, key);
    if (dependents.length > 0 && version.status === 'draft') {
      const messages = [`Frågan kan inte tas bort eftersom ${dependents.join(' och ')} bara visas beroende på svaret. Ändra eller ta bort det villkoret först.`];
      return showDesigner(req, res, deps, version, { title: 'Frågan togs inte bort', messages, status: 422 });
    }
    const outcome = await saveDraft(deps, actorOf(req), { versionId: version.id, revision: revisionOf(req.body) }, (def) => removeQuestion(def, key), { change: 'question.delete', key });
    await respondToChange(req, res, deps, version, outcome, 'Frågan är borttagen.', '#sidor');
  });
}
