import assert from 'node:assert/strict';
import { openDatabase } from '../../db/database';
import { up as foundation } from '../../db/migrations/001_foundation';
import { up as panel } from '../../db/migrations/010_panel';

describe('migration 010_panel', () => {
  it('backfills one membership period per member, and a left period for those who left', async () => {
    const database = openDatabase({ kind: 'sqlite', file: ':memory:' });
    const db = database.db;
    try {
      await foundation(db);
      await db.insertInto('municipalities').values(['0114', '0115', '0117'].map((k) => ({
        kommunkod: k, name: `K${k}`, lanskod: '01', lan: 'Stockholms län', landsdel: 'Svealand', kommungrupp: 'A2', huvudgrupp: 'A', population: 1,
      }))).execute();
      await db.insertInto('panel_members').values([
        { kommunkod: '0114', status: 'active', joined_on: '2024-03-15', left_on: null, status_reason: null, created_at: 't' },
        { kommunkod: '0115', status: 'paused', joined_on: '2024-03-15', left_on: null, status_reason: 'Paus', created_at: 't' },
        { kommunkod: '0117', status: 'left', joined_on: '2024-03-15', left_on: '2025-01-31', status_reason: 'Slutade', created_at: 't' },
      ]).execute();
      await panel(db);
      const periods = await db.selectFrom('panel_membership_periods as p').innerJoin('panel_members as m', 'm.id', 'p.member_id')
        .select(['m.kommunkod', 'p.status', 'p.from_date', 'p.to_date', 'p.reason']).orderBy('p.id').execute();
      assert.deepEqual(periods.map((p) => [p.kommunkod, p.status, p.from_date, p.to_date, p.reason]), [
        ['0114', 'active', '2024-03-15', null, null],
        ['0115', 'paused', '2024-03-15', null, 'Paus'],
        ['0117', 'active', '2024-03-15', '2025-01-31', null],
        ['0117', 'left', '2025-01-31', null, 'Slutade'],
      ]);
    } finally {
      await database.close();
    }
  });
});
