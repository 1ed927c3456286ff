import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import supertest from 'supertest';
import { backupSqlite } from '../../db/backup';
import { openDatabase } from '../../db/database';
import { migrateToLatest } from '../../db/migrate';
import { createApp } from '../../server/app';
import { createTestContext } from '../support/context';
import { itOnSqlite } from '../support/dialect';

describe('online backup and restore (SQLite)', () => {
  // Postgres backups are pg_dump's job (README).
  itOnSqlite('a backup taken while the app runs restores to a working app with the same data', async function () {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'panel-backup-'));
    const ctx = await createTestContext({ sqliteFile: path.join(dir, 'live.db') });
    const admin = await ctx.as('admin');
    assert.equal((await admin.post('/admin/anvandare', { name: 'Före Backup', email: 'fore@test.example', role: 'viewer', password: 'Ett-bra-lösen-2026' })).status, 303);
    const source = openDatabase({ kind: 'sqlite', file: path.join(dir, 'live.db') });
    await backupSqlite(source, path.join(dir, 'copy.db'));
    await source.close();
    await ctx.close();

    const restored = openDatabase({ kind: 'sqlite', file: path.join(dir, 'copy.db') });
    assert.deepEqual(await migrateToLatest(restored.db), []);
    const app = createApp({ ...ctx.deps, db: restored.db });
    assert.equal((await supertest(app).get('/healthz')).status, 200);
    const user = await restored.db.selectFrom('staff_users').select('name').where('email', '=', 'fore@test.example').executeTakeFirst();
    assert.equal(user?.name, 'Före Backup');
    await restored.close();
  });
});
