import { writeAudit } from '../../../db/repositories/audit-log';
import { findWave, insertWave, updateScheduledWave, type WaveSettings } from '../../../db/repositories/waves';
import type { AppDeps } from '../../deps';
import type { FieldErrors } from '../../inputs/field-errors';
import { checkWaveSettings } from './settings-check';
import type { Actor } from '../../domain/actor';

export type ScheduleResult = { ok: true; id: number } | { ok: false; errors: FieldErrors };

export async function scheduleWave(deps: AppDeps, actor: Actor, s: WaveSettings): Promise<ScheduleResult> {
  const now = deps.clock.now();
  const errors = await checkWaveSettings(deps.db, s, now);
  if (Object.keys(errors).length) return { ok: false, errors };
  const id = await deps.db.transaction().execute(async (trx) => {
    const waveId = await insertWave(trx, s, actor.id, now.toISOString());
    await writeAudit(trx, { actor, action: 'waves.wave.schedule', objectType: 'wave', objectId: waveId, details: { title: s.title, k: s.k, dimensions: s.dimensions } }, now.toISOString());
    return waveId;
  });
  return { ok: true, id };
}

/** Only while scheduled: once the first invitation is out, audience, dimensions and k are locked. */
export async function changeScheduledWave(deps: AppDeps, actor: Actor, id: number, s: WaveSettings): Promise<ScheduleResult> {
  const now = deps.clock.now();
  const errors = await checkWaveSettings(deps.db, s, now);
  if (Object.keys(errors).length) return { ok: false, errors };
  const changed = await deps.db.transaction().execute(async (trx) => {
    if (!(await updateScheduledWave(trx, id, s))) return false;
    await writeAudit(trx, { actor, action: 'waves.wave.change', objectType: 'wave', objectId: id, details: { k: s.k, dimensions: s.dimensions } }, now.toISOString());
    return true;
  });
  if (!changed) return { ok: false, errors: { _form: 'Utskicket har redan öppnats. Mottagare, indelningar och k är låsta sedan första inbjudan skickades.' } };
  return { ok: true, id };
}
