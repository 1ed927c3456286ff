import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../config-error';

// The master "ballot key" encrypts each wave's private key. It lives outside the database and outside the data
// folder, so a copy of either (or a backup, or a WAL) cannot open a ballot. See docs/ANONYMITY.md.

function decodeKey(variable: string, text: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32) throw new ConfigError(variable, 'must hold 32 random bytes in base64 (e.g. `openssl rand -base64 32`)');
  return key;
}

const inside = (dir: string, file: string): boolean => !path.relative(dir, file).startsWith('..') && !path.isAbsolute(path.relative(dir, file));

/** Development: a key generated once next to (not inside) the data folder, readable only by its owner. */
function developmentKey(dataDir: string): Buffer {
  const file = `${dataDir.replace(/[/\\]+$/, '')}.ballot-key`;
  try {
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  return decodeKey('BALLOT_KEY_FILE', readFileSync(file, 'utf8'));
}

/** BALLOT_KEY (base64) or BALLOT_KEY_FILE; production requires one, development generates one, tests bring their own. */
export function loadBallotKey(env: NodeJS.ProcessEnv, nodeEnv: string, dataDir: string): Buffer | null {
  if (env.BALLOT_KEY) return decodeKey('BALLOT_KEY', env.BALLOT_KEY);
  if (env.BALLOT_KEY_FILE) {
    const file = path.resolve(env.BALLOT_KEY_FILE);
    if (inside(dataDir, file)) throw new ConfigError('BALLOT_KEY_FILE', 'must not be inside the data folder (DATA_DIR)');
    let text: string;
    try { text = readFileSync(file, 'utf8'); } catch { throw new ConfigError('BALLOT_KEY_FILE', `cannot be read (${file})`); }
    return decodeKey('BALLOT_KEY_FILE', text);
  }
  if (nodeEnv === 'production') throw new ConfigError('BALLOT_KEY', 'or BALLOT_KEY_FILE is required when NODE_ENV=production');
  return nodeEnv === 'development' ? developmentKey(dataDir) : null;
}

/** The configured ballot key, for the steps that need it (opening a wave, sealing old ballots). */
export function requireBallotKey(config: { ballotKey: Buffer | null }): Buffer {
  if (!config.ballotKey) throw new Error('No ballot key: set BALLOT_KEY or BALLOT_KEY_FILE');
  return config.ballotKey;
}

let current: Buffer | null = null;

/** The process's ballot key, set once at start-up (server, job worker, test context) from the configuration. */
export function useBallotKey(key: Buffer | null): void {
  current = key;
}

export function currentBallotKey(): Buffer {
  if (!current) throw new Error('No ballot key: set BALLOT_KEY or BALLOT_KEY_FILE');
  return current;
}
