import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

describe('server start-up and graceful shutdown', () => {
  it('starts on an empty database with the demo, prints a staff login, serves pages and stops cleanly on SIGTERM', async function () {
    this.timeout(120_000);
    const port = await freePort();
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'panel-main-'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, JOBS: 'off', LOG_LEVEL: 'warn', NODE_ENV: 'development', DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c) => { out += String(c); });
    child.stderr.on('data', (c) => { out += String(c); });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const deadline = Date.now() + 100_000;
    while (!out.includes('körs på') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    assert.match(out, /admin\s+admin@kunskapscentret\.example\s+lösenord: \S+/, out);
    const res = await fetch(`http://127.0.0.1:${port}/`);
    assert.equal(res.status, 200);
    assert.match(await res.text(), /<html lang="sv">/);
    const password = /admin@kunskapscentret\.example\s+lösenord: (\S+)/.exec(out)![1]!;
    assert.ok(password.length >= 10);
    child.kill('SIGTERM');
    assert.equal(await exited, 0, out);
  });
});
