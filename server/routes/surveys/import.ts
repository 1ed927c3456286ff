import type { AppDeps } from '../../deps';
import type { AreaRouter } from '../../http/area-router';
import { acceptUpload } from '../../http/body';
import { setFlash } from '../../http/flash';
import { parseInput, renderInvalid } from '../../http/forms';
import { renderPage } from '../../http/render';
import { parseDefinitionJson } from '../../domain/survey/definition';
import { IMPORT_FIELDS, importSurveyInput, seriesChoiceOf } from '../../inputs/surveys/new-survey';
import { versionPath } from '../../presenters/surveys/designer';
import { createSurvey } from '../../services/surveys/create-survey';
import { EDIT } from './access';
import { seriesOptions } from './series-options';
import { actorOf } from '../../http/actor';

const MAX_BYTES = 1_000_000;

/** A survey definition exported as JSON (here or elsewhere) becomes a new draft; every problem is listed. */
export function importRoutes(area: AreaRouter, deps: AppDeps): void {
  area.get('/importera', EDIT, async (_req, res) => {
    renderPage(res, 'surveys/import', { title: 'Importera enkät', seriesOptions: await seriesOptions(deps), problems: [], values: { series: '', new_series: '' } });
  });

  area.post('/importera', EDIT, acceptUpload, async (req, res) => {
    const view = { title: 'Importera enkät', seriesOptions: await seriesOptions(deps), problems: [] as string[] };
    const values = { series: req.body.series, new_series: req.body.new_series };
    const input = parseInput(importSurveyInput, req.body);
    const files = (Array.isArray(req.files) ? req.files : []) as { fieldname: string; buffer: Buffer }[];
    const file = files.find((f) => f.fieldname === 'fil');
    const fileError = !file || file.buffer.length === 0 ? 'Välj en JSON-fil att importera' : file.buffer.length > MAX_BYTES ? 'Filen är för stor (högst 1 MB)' : null;
    if (!input.ok || fileError) return renderInvalid(res, 'surveys/import', view, { ...(input.ok ? {} : input.errors), ...(fileError ? { fil: fileError } : {}) }, values, IMPORT_FIELDS);
    const parsed = parseDefinitionJson(file!.buffer.toString('utf8'));
    if (!parsed.ok) {
      const message = parsed.errors.length === 1 ? parsed.errors[0]! : `Filen har ${parsed.errors.length} fel. De står i listan under fältet.`;
      return renderInvalid(res, 'surveys/import', { ...view, problems: parsed.errors.slice(0, 50) }, { fil: message }, values, IMPORT_FIELDS);
    }
    const created = await createSurvey(deps, actorOf(req), { definition: parsed.definition, series: seriesChoiceOf(input.data), action: 'survey.import' });
    if (!created.ok) {
      const errors = 'errors' in created ? { fil: created.errors.join(' ') } : { [created.field]: created.message };
      return renderInvalid(res, 'surveys/import', view, errors, values, IMPORT_FIELDS);
    }
    setFlash(res, deps.config, 'Enkäten är importerad som ett utkast.');
    res.redirect(303, versionPath({ surveyId: created.surveyId, id: created.versionId }));
  });
}
