import type { AppDeps } from '../../deps';
import type { AreaRouter } from '../../http/area-router';
import { notFound } from '../../http/errors';
import { parseInput, renderInvalid } from '../../http/forms';
import { renderPage } from '../../http/render';
import { findPage } from '../../domain/survey/definition-index';
import { directionOf, PAGE_FIELDS, pageInput, revisionOf } from '../../inputs/surveys/page';
import { versionPath } from '../../presenters/surveys/designer';
import { addPage, duplicatePage, movePage, removePage, updatePage } from '../../services/surveys/edits/pages';
import { saveDraft } from '../../services/surveys/save-draft';
import { EDIT, versionParam } from './access';
import { editableVersion, respondToChange } from './designer-page';
import { saveForm } from './form-save';
import { actorOf } from '../../http/actor';

const V = '/:id/versioner/:vid';

/** Pages of a draft: add, edit title and intro, move, duplicate, delete. */
export function pageRoutes(area: AreaRouter, deps: AppDeps): void {
  const formData = (base: string, revision: number, page: { key: string; title: string } | null) => ({
    title: page ? `Ändra sidan ${page.title}` : 'Ny sida', base, revision, action: page ? `${base}/sidor/${page.key}` : `${base}/sidor`,
  });

  area.get(`${V}/sidor/ny`, EDIT, async (req, res) => {
    const version = await editableVersion(req, res, deps);
    if (!version) return;
    renderPage(res, 'surveys/page-edit', { ...formData(versionPath(version), version.revision, null), values: { title: '', intro: '' } });
  });

  area.post(`${V}/sidor`, EDIT, async (req, res) => {
    const version = await versionParam(deps, req);
    const values = { title: req.body.title, intro: req.body.intro };
    const data = formData(versionPath(version), revisionOf(req.body), null);
    const input = parseInput(pageInput, req.body);
    if (!input.ok) return renderInvalid(res, 'surveys/page-edit', data, input.errors, values, PAGE_FIELDS);
    const text = { title: input.data.title, ...(input.data.intro ? { intro: input.data.intro } : {}) };
    await saveForm(req, res, deps, version, { view: 'surveys/page-edit', data, values, order: PAGE_FIELDS, invalidField: 'title' },
      (def) => addPage(def, text).definition, { change: 'page.add' }, 'Sidan är tillagd.', '#sidor');
  });

  area.get(`${V}/sidor/:page`, EDIT, async (req, res) => {
    const version = await editableVersion(req, res, deps);
    if (!version) return;
    const page = findPage(version.definition, String(req.params.page));
    if (!page) throw notFound();
    renderPage(res, 'surveys/page-edit', { ...formData(versionPath(version), version.revision, page), values: { title: page.title, intro: page.intro ?? '' } });
  });

  area.post(`${V}/sidor/:page`, EDIT, async (req, res) => {
    const version = await versionParam(deps, req);
    const page = findPage(version.definition, String(req.params.page));
    if (!page) throw notFound();
    const values = { title: req.body.title, intro: req.body.intro };
    const data = formData(versionPath(version), revisionOf(req.body), page);
    const input = parseInput(pageInput, req.body);
    if (!input.ok) return renderInvalid(res, 'surveys/page-edit', data, input.errors, values, PAGE_FIELDS);
    await saveForm(req, res, deps, version, { view: 'surveys/page-edit', data, values, order: PAGE_FIELDS, invalidField: 'title' },
      (def) => updatePage(def, page.key, input.data), { change: 'page.edit', key: page.key }, 'Sidan är sparad.', `#sida-${page.key}`);
  });

  area.post(`${V}/sidor/:page/flytta`, EDIT, async (req, res) => {
    const version = await versionParam(deps, req);
    const key = String(req.params.page);
    const direction = directionOf(req.body) ?? 'up';
    const outcome = await saveDraft(deps, actorOf(req), { versionId: version.id, revision: revisionOf(req.body) }, (def) => movePage(def, key, direction), { change: 'page.move', key });
    await respondToChange(req, res, deps, version, outcome, direction === 'up' ? 'Sidan är flyttad uppåt.' : 'Sidan är flyttad nedåt.', `#sida-${key}`);
  });

  area.post(`${V}/sidor/:page/kopiera`, EDIT, async (req, res) => {
    const version = await versionParam(deps, req);
    const key = String(req.params.page);
    let copyKey = key;
    const outcome = await saveDraft(deps, actorOf(req), { versionId: version.id, revision: revisionOf(req.body) },
      (def) => { const copied = duplicatePage(def, key); copyKey = copied.key; return copied.definition; }, { change: 'page.duplicate', key });
    await respondToChange(req, res, deps, version, outcome, 'Sidan är kopierad. Kopians frågor har fått nya nycklar.', `#sida-${copyKey}`);
  });

  area.post(`${V}/sidor/:page/ta-bort`, EDIT, async (req, res) => {
    const version = await versionParam(deps, req);
    const key = String(req.params.page);
    const outcome = await saveDraft(deps, actorOf(req), { versionId: version.id, revision: revisionOf(req.body) }, (def) => removePage(def, key), { change: 'page.delete', key });
    await respondToChange(req, res, deps, version, outcome, 'Sidan och dess frågor är borttagna.', '#sidor');
  });
}
