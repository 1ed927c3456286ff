import { writeAudit } from '../../../db/repositories/audit-log';
import { extendWaveClosing, findWave, markWaveCancelled } from '../../../db/repositories/waves';
import type { AppDeps } from '../../deps';
import type { Actor } from '../../domain/actor';


/** Only before opening: a scheduled wave that is cancelled never sends anything. */
export async function cancelWave(deps: AppDeps, actor: Actor, id: number): Promise<boolean> {
  const now = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    if (!(await markWaveCancelled(trx, id, now))) return false;
    await writeAudit(trx, { actor, action: 'waves.wave.cancel', objectType: 'wave', objectId: id }, now);
    return true;
  });
}

export type ExtendResult = { ok: true } | { ok: false; field: string; message: string };

export async function extendWave(deps: AppDeps, actor: Actor, id: number, closesAt: string): Promise<ExtendResult> {
  const now = deps.clock.now();
  const wave = await findWave(deps.db, id);
  if (!wave || !['scheduled', 'open'].includes(wave.status)) return { ok: false, field: 'closes_date', message: 'Bara ett planerat eller öppet utskick kan förlängas' };
  if (closesAt <= wave.closesAt) return { ok: false, field: 'closes_date', message: 'Den nya sista svarsdagen måste vara senare än den nuvarande' };
  if (new Date(closesAt) <= now) return { ok: false, field: 'closes_date', message: 'Sista svarsdag måste ligga i framtiden' };
  const done = await deps.db.transaction().execute(async (trx) => {
    if (!(await extendWaveClosing(trx, id, closesAt))) return false;
    await writeAudit(trx, { actor, action: 'waves.wave.extend', objectType: 'wave', objectId: id, details: { from: wave.closesAt, to: closesAt } }, now.toISOString());
    return true;
  });
  return done ? { ok: true } : { ok: false, field: 'closes_date', message: 'Utskicket hann stängas. Det går inte längre att förlänga.' };
}
