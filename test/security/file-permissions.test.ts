import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
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
    assertPrivate(await dataFolderAfterStart({ NODE_ENV: 'development' }));
  });

  it('in production: the same modes', async () => {
    assertPrivate(await dataFolderAfterStart({ NODE_ENV: 'production', BASE_URL: 'https://panel.example', SESSION_SECRET: 'x'.repeat(40) }));
  });
});
