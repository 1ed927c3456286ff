import assert from 'node:assert/strict';
import { precompiled, affectedRows } from '../../db/precompiled';
import { openTestDatabase } from '../support/database';

// db/precompiled.ts: a query built once, afterwards only its arguments change (on SQLite and Postgres).
describe('precompiled queries', () => {
  it('gives the same rows as the builder for every argument, an argument used twice included', async () => {
    const database = await openTestDatabase();
    try {
      const byName = precompiled(2, (db, name: string, kod: string) => db.selectFrom('municipalities').select(['kommunkod', 'name'])
        .where((eb) => eb.or([eb('name', '=', name), eb('kommunkod', '=', kod), eb('name', '=', kod)])).orderBy('kommunkod'));
      for (const [name, kod] of [['Stockholm', '0180'], ['Kiruna', '0114'], ['Ingen', '9999']] as const) {
        const built = await database.db.selectFrom('municipalities').select(['kommunkod', 'name'])
          .where((eb) => eb.or([eb('name', '=', name), eb('kommunkod', '=', kod), eb('name', '=', kod)])).orderBy('kommunkod').execute();
        assert.deepEqual((await byName(database.db, name, kod)).rows, built);
      }
      const rename = precompiled(1, (db, kod: string) => db.updateTable('municipalities').set({ name: 'Omdöpt' }).where('kommunkod', '=', kod));
      assert.equal(affectedRows(await database.db.transaction().execute((trx) => rename(trx, '0180'))), 1);
      assert.equal(affectedRows(await rename(database.db, '9999')), 0);
    } finally {
      await database.drop();
    }
  });

  it('refuses a query that leaves an argument out', async () => {
    const database = await openTestDatabase();
    try {
      const broken = precompiled(2, (db, kod: string, _unused: string) => db.selectFrom('municipalities').select('name').where('kommunkod', '=', kod));
      await assert.rejects(async () => broken(database.db, '0180', 'unused'), /does not use all 2 arguments/);
    } finally {
      await database.drop();
    }
  });
});
