import { writeAudit } from '../../../db/repositories/audit-log';
import { insertInvitation } from '../../../db/repositories/invitations';
import { listWavesByStatus, markWaveOpen, type Wave } from '../../../db/repositories/waves';
import { setWaveBallotKeys } from '../../../db/repositories/wave-ballot-keys';
import type { AppDeps } from '../../deps';
import { requireBallotKey } from '../../security/ballot-key';
import { newWaveKeys } from './ballot-box';
import { recipientsFor } from './audience';
import { queueWaveMail } from './queue-wave-mail';
import { audienceProblems } from './settings-check';

export interface OpenResult { opened: { waveId: number; invited: number }[]; refused: { waveId: number; reason: string }[] }

/** Job `wave-open`: opens every scheduled wave whose time has come. Per wave one transaction creates the
 *  invitations, their link tokens and the outbox rows, the wave's ballot key pair, and locks the anonymity settings; the conditional
 *  status change makes a second run (or a second instance) do nothing. */
export async function openDueWaves(deps: AppDeps): Promise<OpenResult> {
  const now = deps.clock.now();
  const result: OpenResult = { opened: [], refused: [] };
  for (const wave of await listWavesByStatus(deps.db, 'scheduled')) {
    if (new Date(wave.opensAt) > now || new Date(wave.closesAt) <= now) continue;
    const outcome = await openWave(deps, wave, now);
    if (typeof outcome === 'number') result.opened.push({ waveId: wave.id, invited: outcome });
    else if (outcome) result.refused.push({ waveId: wave.id, reason: outcome });
  }
  return result;
}

/** Number invited, a Swedish reason when the audience fails the anonymity check, or null when another run won. */
async function openWave(deps: AppDeps, wave: Wave, now: Date): Promise<number | string | null> {
  const nowIso = now.toISOString();
  return deps.db.transaction().execute(async (trx) => {
    const recipients = await recipientsFor(trx, wave.audience);
    const problems = Object.values(audienceProblems(recipients, wave));
    if (problems.length) return problems.join(' ');
    if (!(await markWaveOpen(trx, wave.id, nowIso))) return null;
    await setWaveBallotKeys(trx, wave.id, newWaveKeys(requireBallotKey(deps.config), wave.id));
    for (const r of recipients) {
      const invitationId = await insertInvitation(trx, { waveId: wave.id, contactId: r.contactId, kommunkod: r.kommunkod, sentAt: nowIso });
      await queueWaveMail(trx, deps.config, wave, {
        key: `invite:${wave.id}:${r.contactId}`, kind: 'invitation', target: { invitationId, contactId: r.contactId, name: r.name, email: r.email },
      }, now);
    }
    await writeAudit(trx, { actor: null, action: 'waves.wave.open', objectType: 'wave', objectId: wave.id, details: { invited: recipients.length } }, nowIso);
    return recipients.length;
  });
}
