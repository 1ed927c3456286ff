import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { openDatabase } from '../../db/database';
import { migrateToLatest } from '../../db/migrate';
import { countAll } from '../../db/sql';
import { createTestContext, type TestContext } from '../support/context';
import { testDialect } from '../support/database';

describe('database', () => {
  it('opens SQLite with WAL, synchronous=FULL, foreign keys, busy timeout and secure delete', async function () {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'panel-db-')), 'app.db');
    const database = openDatabase({ kind: 'sqlite', file });
    const s = database.sqlite!;
    assert.equal(s.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(s.pragma('synchronous', { simple: true }), 2);
    assert.equal(s.pragma('foreign_keys', { simple: true }), 1);
    assert.equal(s.pragma('secure_delete', { simple: true }), 1);
    assert.ok(Number(s.pragma('busy_timeout', { simple: true })) >= 1000);
    await migrateToLatest(database.db);
    assert.deepEqual(await migrateToLatest(database.db), [], 'migrations run once');
    await database.close();
  });

  describe(`reference data (${testDialect})`, () => {
    let ctx: TestContext;
    before(async () => { ctx = await createTestContext(); });
    after(() => ctx.close());

    it('has 290 municipalities in 21 län and the nine kommungrupp counts', async () => {
      const total = await ctx.db.selectFrom('municipalities').select(countAll().as('n')).executeTakeFirstOrThrow();
      assert.equal(total.n, 290);
      const lan = await ctx.db.selectFrom('municipalities').select(sql<number>`count(distinct lanskod)`.as('n')).executeTakeFirstOrThrow();
      assert.equal(Number(lan.n), 21);
      const groups = await ctx.db.selectFrom('municipalities').select(['kommungrupp', countAll().as('n')]).groupBy('kommungrupp').orderBy('kommungrupp').execute();
      assert.deepEqual(Object.fromEntries(groups.map((g) => [g.kommungrupp, g.n])), { A1: 3, A2: 43, B3: 23, B4: 63, B5: 24, C6: 27, C7: 51, C8: 35, C9: 21 });
      const main = await ctx.db.selectFrom('municipalities').select(['huvudgrupp', countAll().as('n')]).groupBy('huvudgrupp').orderBy('huvudgrupp').execute();
      assert.deepEqual(main.map((g) => [g.huvudgrupp, g.n]), [['A', 46], ['B', 110], ['C', 134]]);
      const habo = await ctx.db.selectFrom('municipalities').select(['kommunkod', 'name']).where('name', 'in', ['Håbo', 'Habo']).orderBy('kommunkod').execute();
      assert.deepEqual(habo, [{ kommunkod: '0305', name: 'Håbo' }, { kommunkod: '0643', name: 'Habo' }]);
    });
  });
});
