import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createTestContext, type TestContext } from '../support/context';

// Columns and foreign keys of the answer tables: test/waves/anonymity.test.ts. This adds the "ids are random" half.
describe('anonymity in the schema: random ids, no insertion order (checklist 14)', () => {
  let ctx: TestContext;
  before(async () => { ctx = await createTestContext(); });
  after(() => ctx.close());

  it('ballots, responses and free texts have text ids, no time columns, and in SQLite no hidden rowid', async () => {
    const tables = await ctx.db.introspection.getTables();
    for (const name of ['ballots', 'responses', 'answers', 'free_texts']) {
      const table = tables.find((t) => t.name === name)!;
      for (const c of table.columns) {
        assert.doesNotMatch(c.dataType, /timestamp|date|time/i, `${name}.${c.name} is a time`);
        assert.equal(c.isAutoIncrementing, false, `${name}.${c.name} counts up`);
      }
      if (name === 'answers') continue; // rows of a response, written together with it at release
      const id = table.columns.find((c) => c.name === 'id')!;
      assert.match(id.dataType, /text|char/i, `${name}.id is ${id.dataType}`);
      if (ctx.deps.dialect === 'sqlite') {
        const ddl = await sql<{ sql: string }>`select sql from sqlite_master where type = 'table' and name = ${name}`.execute(ctx.db);
        assert.match(ddl.rows[0]!.sql, /without rowid/i, `${name} keeps insertion order in its rowid`);
      }
    }
  });
});
