import { createDecipheriv, createHash, createHmac } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** What the attacker holds besides the database: every file of the data folder, and the app secret. */
export interface Loot { secret: string; files: Buffer[] }

export function lootOf(dataDir: string, secret: string): Loot {
  const files: Buffer[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (statSync(p).size < 4096) files.push(readFileSync(p));
    }
  };
  walk(dataDir);
  return { secret, files };
}

/** Every 32-byte key the loot could hold or give: small files read raw, as base64 or hex; keys derived from the secret. */
export function candidateKeys(loot: Loot): Buffer[] {
  const keys: Buffer[] = [];
  const add = (b: Buffer) => { if (b.length === 32) keys.push(b); };
  for (const f of [...loot.files, Buffer.from(loot.secret)]) {
    const text = f.toString('utf8').trim();
    add(f);
    add(Buffer.from(text, 'base64'));
    add(Buffer.from(text, 'hex'));
    add(createHash('sha256').update(text).digest());
    for (const label of ['draft-seal-v1', 'ballot', 'ballot-key', 'draft']) add(createHmac('sha256', text).update(label).digest());
  }
  return keys;
}

/** AES-GCM laid out as iv(12) | tag(16) | body, with each associated data tried (and none). */
function tryGcm(key: Buffer, raw: Buffer, aads: string[]): Buffer | null {
  if (raw.length < 29) return null;
  for (const aad of [null, ...aads]) {
    try {
      const d = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
      if (aad !== null) d.setAAD(Buffer.from(aad));
      d.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([d.update(raw.subarray(28)), d.final()]);
    } catch { /* next */ }
  }
  return null;
}

/**
 * The plain text of a stored value if the attacker can read it: plain JSON, base64 JSON, or AES-GCM under any
 * candidate key with any of the given associated data. Extra openers (e.g. the app's own sealed-box code with
 * candidate keys: the algorithm is public) come from the caller.
 */
export function readWithLoot(value: string, loot: Loot, aads: string[], extra: ((v: string, key: Buffer) => string | null)[] = []): string | null {
  const looksPlain = (s: string) => {
    try { return typeof JSON.parse(s) === 'object' ? s : null; } catch { return null; }
  };
  if (looksPlain(value)) return value;
  const raw = Buffer.from(value.replace(/^[a-z0-9]+[.:]/i, ''), 'base64');
  if (looksPlain(raw.toString('utf8'))) return raw.toString('utf8');
  for (const key of candidateKeys(loot)) {
    const opened = tryGcm(key, raw, aads);
    if (opened) return opened.toString('utf8');
    for (const open of extra) {
      const text = open(value, key);
      if (text !== null) return text;
    }
  }
  return null;
}
