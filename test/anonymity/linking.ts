import { aesOpen, isSealed, openSealed } from '../../server/security/sealed-box';
import { readWithLoot, type Loot } from './attacker';
import { cellText, findInSnapshot, type Snapshot } from './support';

/** The app's own opening code (the algorithm is public), with a candidate key as the ballot key. */
function sealedWith(s: Snapshot, waveId: number) {
  const wave = (s.waves ?? []).find((w) => Number(w.id) === waveId);
  return (value: string, key: Buffer): string | null => {
    if (!wave?.ballot_private_key || !isSealed(value)) return null;
    try {
      const privateKey = aesOpen(key, Buffer.from(cellText(wave.ballot_private_key), 'base64'), `wave-private-key:${waveId}`);
      return openSealed(privateKey, value, `ballot:${waveId}`);
    } catch {
      return null;
    }
  };
}

/**
 * What became readable between two states that an attacker could pair with a completion made in between:
 * a marker (a respondent's free text) that appears in a cell where it was not before, or a new ballot whose
 * payload opens with the loot (the folder's files and the app secret).
 */
export function linkedInCommit(before: Snapshot, after: Snapshot, markers: string[], loot: Loot): string[] {
  const why: string[] = [];
  for (const m of markers) {
    const was = new Set(findInSnapshot(before, m));
    const now = findInSnapshot(after, m).filter((c) => !was.has(c));
    if (now.length) why.push(`${m} readable in ${now.join(', ')}`);
  }
  const old = new Set((before.ballots ?? []).map((b) => String(b.id)));
  for (const b of after.ballots ?? []) {
    if (old.has(String(b.id))) continue;
    const text = readWithLoot(cellText(b.payload), loot, [String(b.wave_id), `ballot:${b.wave_id}`], [sealedWith(after, Number(b.wave_id))]);
    if (text !== null) why.push(`ballot ${String(b.id)} opens: ${text.slice(0, 60)}`);
  }
  return why;
}
