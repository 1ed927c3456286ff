import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { startServerProcess } from '../support/server-process';

const mode = (file: string) => (statSync(file).mode & 0o777).toString(8);

/** Every file in the data folder, after the real server has written to its database. */
async function dataFolderAfterStart(env: Record<string, string>): Promise<string> {
  const dataDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'panel-perm-')), 'data');
  // A first admin from the environment skips the (slow) demo data.
  const admin = { ADMIN_EMAIL: 'admin@panel.example', ADMIN_PASSWORD: 'ett-langt-losenord-42' };
  const server = await startServerProcess({ DATA_DIR: dataDir, ...admin, ...env });
  try {
    assert.equal((await fetch(`${server.baseUrl}/logga-in`)).status, 200);
    // Both -wal and -shm exist while the server runs with the database open.
    assert.ok(readdirSync(dataDir).includes('app.db-wal'), readdirSync(dataDir).join(', '));
    return dataDir;
  } finally {
    server.child.kill('SIGKILL');
    await server.exited;
  }
}

function assertPrivate(dataDir: string): void {
  assert.equal(mode(dataDir), '700', 'data folder');
  for (const f of readdirSync(dataDir)) assert.equal(mode(path.join(dataDir, f)), '600', f);
  assert.ok(readdirSync(dataDir).includes('app.db-shm'));
}

describe('data files are private to the app user (files readable by all)', function () {
  this.timeout(180_000);

  it('in development: data folder 0700, app.db, -wal, -shm and the session secret 0600', async () => {
    // No ballot key from the environment: development generates one next to (never inside) the data folder.
    const dataDir = await dataFolderAfterStart({ NODE_ENV: 'development', BALLOT_KEY: '', BALLOT_KEY_FILE: '' });
    assertPrivate(dataDir);
    assert.ok(!readdirSync(dataDir).some((f) => /ballot/i.test(f)), `no ballot key inside the data folder: ${readdirSync(dataDir).join(', ')}`);
    const keyFile = `${dataDir}.ballot-key`;
    assert.ok(existsSync(keyFile), 'the development ballot key is created next to the data folder');
    assert.equal(mode(keyFile), '600', 'ballot key file');
  });

  it('in production: the same modes', async () => {
    // Production refuses to start without SMTP (port 9: nothing listens) and a ballot key from outside the data folder.
    assertPrivate(await dataFolderAfterStart({
      NODE_ENV: 'production', BASE_URL: 'https://panel.example', SESSION_SECRET: 'x'.repeat(40),
      SMTP_URL: 'smtp://127.0.0.1:9', BALLOT_KEY: randomBytes(32).toString('base64'),
    }));
  });
});
