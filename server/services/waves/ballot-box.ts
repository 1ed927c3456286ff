import type { Kysely } from 'kysely';
import { findWaveBallotKeys } from '../../../db/repositories/wave-ballot-keys';
import type { DB } from '../../../db/schema';
import { currentBallotKey } from '../../security/ballot-key';
import { aesOpen, aesSeal, isSealed, newBoxKeyPair, openSealed, sealTo } from '../../security/sealed-box';
import type { Answers } from '../../domain/survey/answering';

// The sealed ballot box (docs/ANONYMITY.md "Ballot box and keys"): a wave's ballots are sealed to its public key
// at submit; its private key is stored only encrypted under the ballot key, which is never in the database.

/** What a ballot holds: the answers and the background values, released only after the wave closes. */
export interface BallotPayload { answers: Answers; bg: Record<string, string> }

const keyAad = (waveId: number) => `wave-private-key:${waveId}`;
const ballotAad = (waveId: number) => `ballot:${waveId}`;

/** A new key pair for a wave: the public key, and the private key sealed under the ballot key. */
export function newWaveKeys(ballotKey: Buffer, waveId: number): { ballot_public_key: string; ballot_private_key: string } {
  const pair = newBoxKeyPair();
  return { ballot_public_key: pair.publicKey, ballot_private_key: aesSeal(ballotKey, pair.privateKey, keyAad(waveId)).toString('base64') };
}

export function sealBallot(publicKey: string, waveId: number, payload: BallotPayload): string {
  return sealTo(publicKey, JSON.stringify(payload), ballotAad(waveId));
}

async function wavePrivateKey(db: Kysely<DB>, waveId: number): Promise<Buffer> {
  const row = await findWaveBallotKeys(db, waveId);
  if (!row?.ballot_private_key) throw new Error(`Wave ${waveId} has no ballot key pair`);
  return aesOpen(currentBallotKey(), Buffer.from(row.ballot_private_key, 'base64'), keyAad(waveId));
}

/** The release step's only way into a ballot. A plain JSON payload (written before sealing existed and not yet
 *  sealed by the start-up step) is still read, so nothing waiting is lost. */
export async function openBallot(db: Kysely<DB>, waveId: number, payload: string): Promise<BallotPayload> {
  if (!isSealed(payload)) return JSON.parse(payload) as BallotPayload;
  return JSON.parse(openSealed(await wavePrivateKey(db, waveId), payload, ballotAad(waveId))) as BallotPayload;
}
