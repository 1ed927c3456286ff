import type { AppDeps } from '../../deps';
import type { AreaRouter } from '../../http/area-router';
import { notFound } from '../../http/errors';
import { acceptUpload } from '../../http/body';
import { setFlash } from '../../http/flash';
import { parseInput, renderInvalid } from '../../http/forms';
import { renderPage } from '../../http/render';
import { findIndicator, listIndicators } from '../../../db/repositories/register-indicators';
import type { RegisterDimension } from '../../../db/repositories/register-values';
import { REGISTER_IMPORT_FIELDS, REGISTER_UNITS, registerImportInput } from '../../inputs/results/register-import';
import { columnSeriesChart, toTableSpec } from '../../domain/results';
import { chartView } from '../../presenters/results/chart-view';
import { DIMENSION_LABELS } from '../../services/results/dimensions';
import { importRegisterFile } from '../../services/results/register-import';
import { REGISTER_DIMENSIONS, registerByGroup, registerByYear } from '../../services/results/register-view';
import { ANALYSTS, RESULTS, idParam, isAnalyst } from './access';

const unitOptions = Object.entries(REGISTER_UNITS).map(([value, label]) => ({ value, label }));
const IMPORT_VIEW = { title: 'Importera registerdata', unitOptions, rowErrors: [] };
const chartUnit = (unit: string) => (unit === 'percent' ? 'percent' : unit === 'count' ? 'count' : 'number') as 'percent' | 'count' | 'number';

export function registerRoutes(area: AreaRouter, deps: AppDeps): void {
  area.get('/register', RESULTS, async (req, res) => {
    renderPage(res, 'results/register-index', { title: 'Registerdata', indicators: await listIndicators(deps.db), unitLabels: REGISTER_UNITS, canImport: isAnalyst(req) });
  });

  area.get('/register/import', ANALYSTS, (_req, res) => renderPage(res, 'results/register-import', { ...IMPORT_VIEW, values: { unit: 'percent' } }));

  area.post('/register/import', ANALYSTS, acceptUpload, async (req, res) => {
    const values = { name: req.body.name, unit: req.body.unit, source: req.body.source };
    const input = parseInput(registerImportInput, req.body);
    const files = (Array.isArray(req.files) ? req.files : []) as { fieldname: string; originalname: string; buffer: Buffer }[];
    const file = files.find((f) => f.fieldname === 'fil');
    const errors = { ...(input.ok ? {} : input.errors), ...(file ? {} : { fil: 'Välj en fil att ladda upp' }) };
    if (!input.ok || !file) return renderInvalid(res, 'results/register-import', IMPORT_VIEW, errors, values, REGISTER_IMPORT_FIELDS);
    const result = await importRegisterFile(deps, req.staff!, input.data, file);
    if (!result.ok) return renderInvalid(res, 'results/register-import', { ...IMPORT_VIEW, rowErrors: result.rowErrors }, { fil: result.message }, values, REGISTER_IMPORT_FIELDS);
    setFlash(res, deps.config, `${result.rows} värden är importerade.`);
    res.redirect(303, `/resultat/register/${result.indicatorId}`);
  });

  area.get('/register/:id', RESULTS, async (req, res) => {
    const ind = await findIndicator(deps.db, idParam(req));
    if (!ind) throw notFound();
    const requested = String(req.query.uppdelning ?? 'landsdel');
    const dimension: RegisterDimension = (REGISTER_DIMENSIONS as string[]).includes(requested) ? (requested as RegisterDimension) : 'landsdel';
    const byYear = await registerByYear(deps.db, ind);
    const year = /^\d{4}$/.test(String(req.query.ar ?? '')) ? Number(req.query.ar) : null;
    const byGroup = await registerByGroup(deps.db, ind, dimension, year);
    const yearOptions = byYear.rows.map((r) => (r[0]!.kind === 'text' ? r[0]!.text : '')).reverse().map((y) => ({ value: y, label: y }));
    const unit = chartUnit(ind.unit);
    renderPage(res, 'results/register-show', {
      title: ind.name, charts: true, indicator: ind, yearOptions, year: byGroup.year, unitLabel: REGISTER_UNITS[ind.unit as keyof typeof REGISTER_UNITS] ?? ind.unit, dimension,
      dimensionOptions: REGISTER_DIMENSIONS.map((d) => ({ value: d, label: DIMENSION_LABELS[d] })),
      years: chartView('register-ar', `${ind.name} per år`, columnSeriesChart(byYear, { dropLastRow: false, dropLastColumn: true, unit }), toTableSpec(byYear)),
      groups: byGroup.year === null ? null : chartView('register-grupp', `${ind.name} per ${DIMENSION_LABELS[dimension].toLowerCase()}, ${byGroup.year}`, columnSeriesChart(byGroup.rows, { dropLastRow: false, dropLastColumn: true, unit }), toTableSpec(byGroup.rows)),
    });
  });
}
