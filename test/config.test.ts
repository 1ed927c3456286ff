import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '../server/config';

const PROD = { SMTP_URL: 'smtp://mail.example:25', BALLOT_KEY: Buffer.alloc(32, 7).toString('base64') };

describe('configuration', () => {
  it('has working defaults and freezes the result', () => {
    const c = loadConfig({ NODE_ENV: 'test' });
    assert.equal(c.port, 3000);
    assert.equal(c.database.kind, 'sqlite');
    assert.ok(Object.isFrozen(c));
  });

  for (const [env, variable] of [
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ SMTP_URL: 'http://mail' }, 'SMTP_URL'],
    [{ NODE_ENV: 'production', BASE_URL: 'https://x.example' }, 'SESSION_SECRET'],
    [{ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), BASE_URL: 'http://x.example', ...PROD }, 'BASE_URL'],
    [{ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), BASE_URL: 'https://x.example', BALLOT_KEY: PROD.BALLOT_KEY }, 'SMTP_URL'],
    [{ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), BASE_URL: 'https://x.example', SMTP_URL: PROD.SMTP_URL }, 'BALLOT_KEY'],
    [{ BALLOT_KEY: 'c2hvcnQ=' }, 'BALLOT_KEY'],
    [{ BALLOT_KEY_FILE: '/nonexistent/ballot-key' }, 'BALLOT_KEY_FILE'],
    [{ DATA_DIR: '/tmp/panel-data', BALLOT_KEY_FILE: '/tmp/panel-data/ballot-key' }, 'BALLOT_KEY_FILE'],
  ] as const) {
    it(`names ${variable} when it is bad (${JSON.stringify(env)})`, () => {
      assert.throws(() => loadConfig({ NODE_ENV: 'test', ...env }), (e: unknown) => e instanceof ConfigError && e.variable === variable);
    });
  }

  it('development generates the ballot key once, next to (not inside) the data folder, readable only by its owner', () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'panel-cfg-')), 'data');
    const first = loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir });
    assert.equal(statSync(`${dataDir}.ballot-key`).mode & 0o777, 0o600);
    assert.deepEqual(loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir }).ballotKey, first.ballotKey);
    assert.equal(first.ballotKey!.length, 32);
    assert.ok(!readdirSync(dataDir).some((f) => f.includes('ballot')), 'nothing about the ballot key inside data/');
    assert.equal(loadConfig({ NODE_ENV: 'test' }).ballotKey, null, 'tests bring their own');
  });

  it('stops start-up with one clear line and a non-zero exit', function () {
    this.timeout(90000); // two cold tsx start-ups; slow on a loaded 2-core machine
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], { env: { ...process.env, PORT: 'abc' }, encoding: 'utf8' });
    assert.notEqual(run.status, 0);
    const lines = run.stderr.trim().split('\n').filter((l) => !/npm warn/.test(l));
    assert.equal(lines.length, 1, run.stderr);
    assert.match(lines[0]!, /PORT/);
    const pg = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], { env: { ...process.env, DATABASE_URL: 'mysql://x' }, encoding: 'utf8' });
    assert.notEqual(pg.status, 0);
    assert.match(pg.stderr, /DATABASE_URL/);
  });
});
