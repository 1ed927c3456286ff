import { writeAudit } from '../../../db/repositories/audit-log';
import { findWave, insertWave, updateScheduledWave, type WaveSettings } from '../../../db/repositories/waves';
import type { AppDeps } from '../../deps';
import type { FieldErrors } from '../../inputs/field-errors';
import { withRegisterBand, type BandChoice } from './register-band';
import { checkWaveSettings } from './settings-check';
import type { Actor } from '../../domain/actor';

export type ScheduleResult = { ok: true; id: number } | { ok: false; errors: FieldErrors };

/** Schedules a wave; a chosen register indicator is split into bands now, fixed for the wave's life. */
export async function scheduleWave(deps: AppDeps, actor: Actor, choice: WaveSettings & BandChoice): Promise<ScheduleResult> {
  const now = deps.clock.now();
  const { settings: s, errors } = await settingsAndErrors(deps, choice, now);
  if (Object.keys(errors).length) return { ok: false, errors };
  const id = await deps.db.transaction().execute(async (trx) => {
    const waveId = await insertWave(trx, s, actor.id, now.toISOString());
    await writeAudit(trx, { actor, action: 'waves.wave.schedule', objectType: 'wave', objectId: waveId, details: { title: s.title, k: s.k, dimensions: s.dimensions, ...bandDetails(s) } }, now.toISOString());
    return waveId;
  });
  return { ok: true, id };
}

/** Only while scheduled: once the first invitation is out, audience, dimensions and k are locked. */
export async function changeScheduledWave(deps: AppDeps, actor: Actor, id: number, choice: WaveSettings & BandChoice): Promise<ScheduleResult> {
  const now = deps.clock.now();
  const { settings: s, errors } = await settingsAndErrors(deps, choice, now);
  if (Object.keys(errors).length) return { ok: false, errors };
  const changed = await deps.db.transaction().execute(async (trx) => {
    if (!(await updateScheduledWave(trx, id, s))) return false;
    await writeAudit(trx, { actor, action: 'waves.wave.change', objectType: 'wave', objectId: id, details: { k: s.k, dimensions: s.dimensions, ...bandDetails(s) } }, now.toISOString());
    return true;
  });
  if (!changed) return { ok: false, errors: { _form: 'Utskicket har redan öppnats. Mottagare, indelningar och k är låsta sedan första inbjudan skickades.' } };
  return { ok: true, id };
}

async function settingsAndErrors(deps: AppDeps, choice: WaveSettings & BandChoice, now: Date) {
  const { settings, errors } = await withRegisterBand(deps.db, choice);
  return { settings, errors: { ...(await checkWaveSettings(deps.db, settings, now)), ...errors } };
}

const bandDetails = (s: WaveSettings) => (s.registerBand ? { registerBand: { kpiId: s.registerBand.kpiId, year: s.registerBand.year, cuts: s.registerBand.cuts } } : {});
