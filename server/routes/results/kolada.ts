import type { AppDeps } from '../../deps';
import type { AreaRouter } from '../../http/area-router';
import { notFound } from '../../http/errors';
import { setFlash } from '../../http/flash';
import { parseInput, renderInvalid } from '../../http/forms';
import { renderPage } from '../../http/render';
import { findKoladaImport, listKoladaImports, listValueChanges } from '../../../db/repositories/kolada-imports';
import { KOLADA_GENDERS, KOLADA_IMPORT_FIELDS, koladaImportInput } from '../../inputs/results/kolada-import';
import { koladaImportListView, koladaImportView } from '../../presenters/results/kolada-import';
import { createKoladaClient, KoladaError, type KoladaKpi } from '../../services/kolada/client';
import { koladaOptions } from '../../services/kolada/client-options';
import { saveKoladaImport } from '../../services/kolada/save-import';
import { startKoladaImport } from '../../services/kolada/start-import';
import { ANALYSTS, idParam } from './access';

const genderOptions = Object.entries(KOLADA_GENDERS).map(([value, label]) => ({ value, label }));
const VIEW = 'results/kolada-import';

/** Kolada import: search or enter a key figure, queue the fetch, follow its progress, read the dry run, save. */
export function koladaRoutes(area: AreaRouter, deps: AppDeps): void {
  area.get('/register/kolada', ANALYSTS, async (req, res) => {
    const query = String(req.query.sok ?? '').trim().slice(0, 100);
    const search = query.length >= 2 ? await searchKpis(deps, query) : null;
    const kpi = /^[A-Za-z]\d{5}$/.test(String(req.query.kpi ?? '')) ? String(req.query.kpi).toUpperCase() : '';
    renderPage(res, VIEW, { ...(await formData(deps)), query, search, values: { kpi, years: '', gender: 'T' }, errors: {} });
  });

  area.post('/register/kolada', ANALYSTS, async (req, res) => {
    const values = { kpi: req.body.kpi, years: req.body.years, gender: req.body.gender };
    const input = parseInput(koladaImportInput, req.body);
    if (!input.ok) return renderInvalid(res, VIEW, await formData(deps), input.errors, values, KOLADA_IMPORT_FIELDS);
    const started = await startKoladaImport(deps, req.staff!, { kpiId: input.data.kpi, years: input.data.years, gender: input.data.gender });
    if (!started.ok) return renderInvalid(res, VIEW, await formData(deps), { [started.field]: started.message }, values, KOLADA_IMPORT_FIELDS);
    setFlash(res, deps.config, 'Hämtningen har startat. Den körs i bakgrunden.');
    res.redirect(303, `/resultat/register/kolada/${started.importId}`);
  });

  area.get('/register/kolada/:id', ANALYSTS, async (req, res) => {
    const row = await findKoladaImport(deps.db, idParam(req));
    if (!row) throw notFound();
    const changes = row.status === 'saved' ? await listValueChanges(deps.db, row.id) : [];
    renderPage(res, 'results/kolada-status', { title: `Kolada-import: ${row.kpi_id}`, imp: koladaImportView(row), changes });
  });

  area.post('/register/kolada/:id/spara', ANALYSTS, async (req, res) => {
    const row = await findKoladaImport(deps.db, idParam(req));
    if (!row) throw notFound();
    const saved = await saveKoladaImport(deps, req.staff!, row.id);
    setFlash(res, deps.config, saved.ok ? `Sparat. ${saved.changed} värden ändrades.` : saved.message);
    res.redirect(303, `/resultat/register/kolada/${row.id}`);
  });
}

async function formData(deps: AppDeps) {
  return { title: 'Hämta från Kolada', genderOptions, imports: koladaImportListView(await listKoladaImports(deps.db)), query: '', search: null };
}

async function searchKpis(deps: AppDeps, title: string): Promise<{ kpis: KoladaKpi[]; error: string | null }> {
  try {
    return { kpis: (await createKoladaClient(koladaOptions(deps, { attempts: 2, timeoutMs: 15_000 })).searchKpis(title)).slice(0, 50), error: null };
  } catch (err) {
    if (err instanceof KoladaError) return { kpis: [], error: err.message };
    throw err;
  }
}
