import { writeAudit } from '../../../db/repositories/audit-log';
import { createKoladaImport } from '../../../db/repositories/kolada-imports';
import { unitFromTitle } from '../../domain/kolada/dry-run';
import type { AppDeps } from '../../deps';
import { createKoladaClient, KoladaError, type KoladaKpi } from './client';
import { koladaOptions, type KoladaTuning } from './client-options';
import type { Actor } from '../../domain/actor';

export interface StartInput { kpiId: string; years: number[]; gender: 'T' | 'K' | 'M' }
export type StartResult = { ok: true; importId: number } | { ok: false; field: 'kpi'; message: string };

/** Looks the key figure up (one quick request, so a wrong id is told at once), then queues the fetch as a job. */
export async function startKoladaImport(deps: AppDeps, actor: Actor, input: StartInput, tuning: KoladaTuning = { attempts: 2, timeoutMs: 15_000 }): Promise<StartResult> {
  let kpi: KoladaKpi | null;
  try {
    kpi = await createKoladaClient(koladaOptions(deps, tuning)).findKpi(input.kpiId);
  } catch (err) {
    if (err instanceof KoladaError) return { ok: false, field: 'kpi', message: err.message };
    throw err;
  }
  if (!kpi) return { ok: false, field: 'kpi', message: `Kolada har inget nyckeltal med id ${input.kpiId}.` };
  if (input.gender !== 'T' && !kpi.dividedByGender) return { ok: false, field: 'kpi', message: 'Nyckeltalet är inte uppdelat på kön. Välj Totalt.' };
  const now = deps.clock.now().toISOString();
  const importId = await deps.db.transaction().execute(async (trx) => {
    const id = await createKoladaImport(trx, { kpiId: kpi.id, kpiTitle: kpi.title, unit: unitFromTitle(kpi.title), years: input.years, gender: input.gender, createdBy: actor.id }, now);
    await writeAudit(trx, { actor, action: 'results.kolada.start', objectType: 'kolada_import', objectId: id, details: { kpi: kpi.id, years: input.years, gender: input.gender } }, now);
    return id;
  });
  return { ok: true, importId };
}
