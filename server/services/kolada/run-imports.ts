import { claimQueuedImport, requeueOrphanedImports, updateKoladaImport, type KoladaImportRow } from '../../../db/repositories/kolada-imports';
import { listMunicipalities } from '../../../db/repositories/municipalities';
import { dryRun, type DataPoint, type Unit } from '../../domain/kolada/dry-run';
import type { AppDeps } from '../../deps';
import { createKoladaClient, KoladaError } from './client';
import { koladaOptions, type KoladaTuning } from './client-options';

/** Safety stop: 290 municipalities × 30 years × 3 genders fit in far fewer pages of 5,000. */
const MAX_PAGES = 50;

/** The background job (under its lease): fetches every queued import, and any a crashed run left 'running', page by page (progress saved after each page), then the dry run. */
export async function runKoladaImports(deps: AppDeps, tuning: KoladaTuning = {}): Promise<{ done: number; failed: number }> {
  let done = 0;
  let failed = 0;
  await requeueOrphanedImports(deps.db);
  for (let row = await claimQueuedImport(deps.db); row; row = await claimQueuedImport(deps.db)) {
    if (await runOne(deps, row, tuning)) done += 1; else failed += 1;
  }
  return { done, failed };
}

async function runOne(deps: AppDeps, row: KoladaImportRow, tuning: KoladaTuning): Promise<boolean> {
  const client = createKoladaClient(koladaOptions(deps, tuning));
  const points: DataPoint[] = [];
  const retries = () => JSON.stringify(client.notes);
  try {
    let next: string | null = client.dataPath(row.kpi_id, row.years.split(',').map(Number));
    for (let pages = 1; next; pages += 1) {
      if (pages > MAX_PAGES) throw new KoladaError(`Kolada skickade fler än ${MAX_PAGES} sidor. Hämtningen avbröts.`, null);
      const page = await client.dataPage(next);
      points.push(...page.values.filter((p) => p.kpi === '' || p.kpi === row.kpi_id));
      next = page.nextPage;
      await updateKoladaImport(deps.db, row.id, { pages_done: pages, points_fetched: points.length, points_total: page.count, retries: retries() });
    }
  } catch (err) {
    const message = err instanceof KoladaError ? err.message : 'Hämtningen misslyckades av ett oväntat fel.';
    if (!(err instanceof KoladaError)) deps.logger.error({ err: { message: (err as Error).message }, importId: row.id }, 'kolada import failed');
    await updateKoladaImport(deps.db, row.id, { status: 'failed', error: message, retries: retries() });
    return false;
  }
  const municipalities = (await listMunicipalities(deps.db)).map((m) => ({ kommunkod: m.kommunkod, name: m.name }));
  const result = dryRun(points, municipalities, { gender: row.gender, unit: row.unit as Unit });
  await updateKoladaImport(deps.db, row.id, {
    status: 'ready', report: JSON.stringify(result.report), payload: JSON.stringify(result.values), retries: retries(), fetched_at: deps.clock.now().toISOString(),
  });
  return true;
}
