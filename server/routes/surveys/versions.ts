import type { AppDeps } from '../../deps';
import type { AreaRouter } from '../../http/area-router';
import { setFlash } from '../../http/flash';
import { parseInput, renderInvalid } from '../../http/forms';
import { renderPage } from '../../http/render';
import { exportDefinitionJson } from '../../domain/survey/definition';
import { revisionOf, settingsInput, SETTINGS_FIELDS } from '../../inputs/surveys/page';
import { versionPath } from '../../presenters/surveys/designer';
import { saveDraft } from '../../services/surveys/save-draft';
import { deleteDraft, publishSurveyVersion, startDraftFrom } from '../../services/surveys/versions';
import { slug } from '../../domain/survey/keys';
import { EDIT, READ, versionParam } from './access';
import { editableVersion, problemOf, respondToChange, showDesigner } from './designer-page';
import { actorOf } from '../../http/actor';

const V = '/:id/versioner/:vid';

/** A version's designer page, publishing, a new draft from a published version, deleting a draft, JSON export. */
export function versionRoutes(area: AreaRouter, deps: AppDeps): void {
  area.get(V, READ, async (req, res) => showDesigner(req, res, deps, await versionParam(deps, req)));

  area.get(`${V}/export`, READ, async (req, res) => {
    const version = await versionParam(deps, req);
    const name = `${slug(version.definition.title, 60) || 'enkat'}-v${version.versionNo}.json`;
    res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    res.type('application/json; charset=utf-8').send(exportDefinitionJson(version.definition));
  });

  area.post(`${V}/publicera`, EDIT, async (req, res) => {
    const version = await versionParam(deps, req);
    const outcome = await publishSurveyVersion(deps, actorOf(req), { versionId: version.id, revision: revisionOf(req.body) });
    await respondToChange(req, res, deps, version, outcome, `Version ${version.versionNo} är publicerad. Den kan inte längre ändras.`);
  });

  area.post(`${V}/ny-version`, EDIT, async (req, res) => {
    const version = await versionParam(deps, req);
    const outcome = await startDraftFrom(deps, actorOf(req), version.id);
    if (!outcome.ok) return showDesigner(req, res, deps, version, problemOf({ ok: false, reason: 'frozen' }));
    setFlash(res, deps.config, outcome.existed ? 'Det fanns redan ett utkast. Du kan fortsätta med det.' : 'Ett nytt utkast är skapat. Den publicerade versionen är oförändrad.');
    res.redirect(303, versionPath({ surveyId: version.surveyId, id: outcome.versionId }));
  });

  area.get(`${V}/ta-bort`, EDIT, async (req, res) => {
    const version = await editableVersion(req, res, deps);
    if (!version) return;
    renderPage(res, 'surveys/delete-draft', { title: 'Ta bort utkastet', version, base: versionPath(version) });
  });

  area.post(`${V}/ta-bort`, EDIT, async (req, res) => {
    const version = await versionParam(deps, req);
    const outcome = await deleteDraft(deps, actorOf(req), { versionId: version.id, revision: revisionOf(req.body) });
    if (!outcome.ok) return respondToChange(req, res, deps, version, outcome, '');
    setFlash(res, deps.config, 'Utkastet är borttaget.');
    res.redirect(303, outcome.surveyDeleted ? '/enkater' : `/enkater/${version.surveyId}`);
  });

  area.get(`${V}/installningar`, EDIT, async (req, res) => {
    const version = await editableVersion(req, res, deps);
    if (!version) return;
    const def = version.definition;
    renderPage(res, 'surveys/settings', { title: 'Namn och inledning', base: versionPath(version), revision: version.revision, values: { title: def.title, intro: def.intro ?? '' } });
  });

  area.post(`${V}/installningar`, EDIT, async (req, res) => {
    const version = await versionParam(deps, req);
    const values = { title: req.body.title, intro: req.body.intro };
    const view = { title: 'Namn och inledning', base: versionPath(version), revision: revisionOf(req.body) };
    const input = parseInput(settingsInput, req.body);
    if (!input.ok) return renderInvalid(res, 'surveys/settings', view, input.errors, values, SETTINGS_FIELDS);
    const outcome = await saveDraft(deps, actorOf(req), { versionId: version.id, revision: view.revision }, (def) => {
      const next = { ...def, title: input.data.title, intro: input.data.intro || undefined };
      if (!next.intro) delete next.intro;
      return next;
    }, { change: 'settings' });
    if (outcome.ok) return respondToChange(req, res, deps, version, outcome, 'Namn och inledning är sparade.');
    const problem = problemOf(outcome);
    renderInvalid(res, 'surveys/settings', { ...view, revision: version.revision, problem }, {}, values, SETTINGS_FIELDS, problem.status);
  });
}
