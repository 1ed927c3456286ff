import { writeAudit } from '../../../db/repositories/audit-log';
import { deleteDraftsOfWave } from '../../../db/repositories/invitations-drafts';
import { aggregateWaveReminders } from '../../../db/repositories/wave-reminders';
import { cancelQueuedWaveMail, listWavesByStatus, markWaveClosed } from '../../../db/repositories/waves';
import type { AppDeps } from '../../deps';
import { storeMissingSnapshots, storeWaveSnapshot } from '../results/wave-snapshot';
import { releaseWaveBallots } from './release-ballots';

/** Job `wave-close`: after closes_at, in one transaction per wave: closed, drafts deleted, mail not yet sent
 *  stopped, reminder records reduced to counts per day, and every remaining ballot released. The conditional status change makes a rerun do nothing.
 *  Then the results' counts are stored once (storeWaveSnapshot: they are final now). */
export async function closeDueWaves(deps: AppDeps): Promise<{ closed: number[] }> {
  const now = deps.clock.now();
  const nowIso = now.toISOString();
  const closed: number[] = [];
  for (const wave of await listWavesByStatus(deps.db, 'open')) {
    if (new Date(wave.closesAt) > now) continue;
    const done = await deps.db.transaction().execute(async (trx) => {
      if (!(await markWaveClosed(trx, wave.id, nowIso))) return false;
      const drafts = await deleteDraftsOfWave(trx, wave.id);
      const stopped = await cancelQueuedWaveMail(trx, wave.id);
      const reminders = await aggregateWaveReminders(trx, wave.id);
      const released = await releaseWaveBallots(trx, wave);
      await writeAudit(trx, { actor: null, action: 'waves.wave.close', objectType: 'wave', objectId: wave.id, details: { drafts, stopped, released, reminders } }, nowIso);
      return true;
    });
    if (!done) continue;
    closed.push(wave.id);
    // Only a speed-up: if it fails, results pages count live (they never write a snapshot themselves).
    await storeWaveSnapshot(deps.db, wave.id).catch((err: unknown) => deps.logger.warn({ waveId: wave.id, err: (err as Error).message }, 'results snapshot failed'));
  }
  // Waves closed before snapshots (or whose store failed) get theirs here, so their pages read stored counts too.
  await storeMissingSnapshots(deps.db).catch((err: unknown) => deps.logger.warn({ err: (err as Error).message }, 'results snapshot backfill failed'));
  return { closed };
}
