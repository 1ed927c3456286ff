// The command-line tools in scripts/cli run as package.json declares them (node scripts/run.mjs <entry>), each in
// a process of its own against a fresh data folder.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';

const exec = promisify(execFile);
const PACKAGE = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

interface Outcome { code: number; out: string }

/** Runs `npm run <name> -- <args>` without npm: the script's own command line, with this node. */
async function npmRun(name: string, dataDir: string, args: string[] = [], env: Record<string, string> = {}): Promise<Outcome> {
  const [node, ...rest] = PACKAGE.scripts[name]!.split(' ');
  assert.equal(node, 'node', `${name} starts with node`);
  const childEnv = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', NODE_ENV: 'development', LOG_LEVEL: 'silent', ...env };
  try {
    const { stdout, stderr } = await exec(process.execPath, [...rest, ...args], { env: childEnv });
    return { code: 0, out: stdout + stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

describe('command-line scripts (scripts/cli)', function () {
  this.timeout(60_000);
  let dataDir: string;
  before(() => { dataDir = mkdtempSync(path.join(os.tmpdir(), 'panel-cli-')); });
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('npm run migrate applies every migration once, then finds the database up to date', async () => {
    const first = await npmRun('migrate', dataDir);
    assert.equal(first.code, 0, first.out);
    assert.match(first.out, /^Applied: 001_foundation, /, first.out);
    const second = await npmRun('migrate', dataDir);
    assert.equal(second.code, 0, second.out);
    assert.equal(second.out, 'Database is up to date.\n');
  });

  it('npm run user:create without arguments prints its usage and fails', async () => {
    const result = await npmRun('user:create', dataDir);
    assert.equal(result.code, 1);
    assert.match(result.out, /^Usage: npm run user:create -- --email/);
  });

  it('npm run user:create creates a staff user in the database of DATA_DIR', async () => {
    const args = ['--email', 'cli@kommun.example', '--name', 'Kim Kommandorad', '--role', 'analyst'];
    const result = await npmRun('user:create', dataDir, args, { USER_PASSWORD: 'ett-långt-lösenord-för-cli' });
    assert.equal(result.code, 0, result.out);
    assert.equal(result.out, 'Användaren cli@kommun.example (analyst) är skapad.\n');
    const sqlite = new BetterSqlite3(path.join(dataDir, 'app.db'), { readonly: true });
    try {
      const row = sqlite.prepare('select name, role from staff_users where email = ?').get('cli@kommun.example');
      assert.deepEqual(row, { name: 'Kim Kommandorad', role: 'analyst' });
    } finally {
      sqlite.close();
    }
  });

  it('npm run seed:demo fills an empty database with the demo and prints the staff logins', async function () {
    this.timeout(150_000);
    const demoDir = mkdtempSync(path.join(os.tmpdir(), 'panel-cli-demo-'));
    try {
      const result = await npmRun('seed:demo', demoDir);
      assert.equal(result.code, 0, result.out);
      assert.match(result.out, /admin\s+admin@kunskapscentret\.example\s+lösenord: \S+/, result.out);
      assert.match(result.out, /Möten: 3 /, result.out);
    } finally {
      rmSync(demoDir, { recursive: true, force: true });
    }
  });
});
