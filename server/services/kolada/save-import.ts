import { writeAudit } from '../../../db/repositories/audit-log';
import { findKoladaImport, markKoladaImportSaved } from '../../../db/repositories/kolada-imports';
import { applyRegisterValues, recordValueChanges, upsertKoladaIndicator } from '../../../db/repositories/kolada-values';
import { upsertIndicator } from '../../../db/repositories/register-indicators';
import type { KeptValue } from '../../domain/kolada/dry-run';
import type { AppDeps } from '../../deps';
import { KOLADA_SOURCE } from './client-options';
import type { Actor } from '../../domain/actor';

const GENDER_NAMES: Record<string, string> = { K: 'kvinnor', M: 'män' };

/** The indicator key of a key figure: one indicator per KPI (and gender, when not the total). */
export const koladaIndicatorKey = (kpiId: string, gender: string) => `kolada-${kpiId.toLowerCase()}${gender === 'T' ? '' : `-${gender.toLowerCase()}`}`;

const NOT_READY = 'Importen är inte klar att sparas (den är redan sparad eller hämtas fortfarande).';

export type SaveResult = { ok: true; indicatorId: number; changed: number } | { ok: false; message: string };

/** Saves a finished dry run: values are written in place and every change is recorded with the import. */
export async function saveKoladaImport(deps: AppDeps, actor: Actor, importId: number): Promise<SaveResult> {
  const row = await findKoladaImport(deps.db, importId);
  if (!row || row.status !== 'ready' || row.payload === null) return { ok: false, message: NOT_READY };
  const values = JSON.parse(row.payload) as KeptValue[];
  const now = deps.clock.now().toISOString();
  const name = row.gender === 'T' ? row.kpi_title : `${row.kpi_title} (${GENDER_NAMES[row.gender] ?? row.gender})`;
  try {
    return await deps.db.transaction().execute(async (trx): Promise<SaveResult> => {
      const indicatorId = await upsertIndicator(trx, { key: koladaIndicatorKey(row.kpi_id, row.gender), name, unit: row.unit, source: KOLADA_SOURCE }, now);
      const changes = await applyRegisterValues(trx, indicatorId, values);
      if (!(await markKoladaImportSaved(trx, importId, { indicator_id: indicatorId, changed: changes.length, saved_at: now }))) {
        throw new AlreadySaved();
      }
      await recordValueChanges(trx, importId, changes);
      await upsertKoladaIndicator(trx, { indicator_id: indicatorId, kpi_id: row.kpi_id, gender: row.gender, title: row.kpi_title, fetched_at: row.fetched_at ?? now });
      await writeAudit(trx, { actor, action: 'results.kolada.save', objectType: 'register_indicator', objectId: indicatorId, details: { import: importId, kpi: row.kpi_id, values: values.length, changed: changes.length } }, now);
      return { ok: true, indicatorId, changed: changes.length };
    });
  } catch (err) {
    if (err instanceof AlreadySaved) return { ok: false, message: NOT_READY };
    throw err;
  }
}

class AlreadySaved extends Error {}
