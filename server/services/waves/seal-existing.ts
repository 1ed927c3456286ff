import { listOpenWavesWithoutKeys, listPlainBallots, replaceBallotPayload, setWaveBallotKeys, findWaveBallotKeys } from '../../../db/repositories/wave-ballot-keys';
import { listUnscrubbedWaveMail, setMailBodies } from '../../../db/repositories/outbox-scrub';
import type { AppDeps } from '../../deps';
import { linkScrub } from '../../mail/link-scrub';
import { requireBallotKey } from '../../security/ballot-key';
import { newWaveKeys, sealBallot, type BallotPayload } from './ballot-box';

/**
 * Start-up step after the migrations (migration 033 cannot do it: it needs the ballot key, which is not in the
 * database): open waves get a key pair, ballots still waiting in plain JSON are sealed, and sent or failed
 * invitations and reminders lose their answer links. Idempotent; a no-op once everything is moved.
 */
export async function sealExistingData(deps: Pick<AppDeps, 'db' | 'config'>): Promise<{ waves: number; ballots: number; mails: number }> {
  const result = { waves: 0, ballots: 0, mails: 0 };
  await deps.db.transaction().execute(async (trx) => {
    for (const waveId of await listOpenWavesWithoutKeys(trx)) {
      await setWaveBallotKeys(trx, waveId, newWaveKeys(requireBallotKey(deps.config), waveId));
      result.waves++;
    }
    for (const b of await listPlainBallots(trx)) {
      const keys = await findWaveBallotKeys(trx, b.wave_id);
      if (!keys?.ballot_public_key) continue;
      await replaceBallotPayload(trx, b.id, sealBallot(keys.ballot_public_key, b.wave_id, JSON.parse(b.payload) as BallotPayload));
      result.ballots++;
    }
  });
  const scrub = linkScrub(deps.config);
  if (!scrub) return result;
  const link = new RegExp(`${scrub.prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\w-]{43}`, 'g');
  for (const m of await listUnscrubbedWaveMail(deps.db)) {
    await setMailBodies(deps.db, m.id, m.html.replace(link, scrub.placeholder), m.text.replace(link, scrub.placeholder));
    result.mails++;
  }
  return result;
}
