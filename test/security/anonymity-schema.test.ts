import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createTestContext, type TestContext } from '../support/context';

/** Tables that hold what respondents answered. */
const ANSWER_TABLES = ['ballots', 'responses', 'answers', 'free_texts'];
/** Column names that would tie an answer to a person, a municipality, an invitation or a moment. */
const FORBIDDEN = /contact|invit|kommun|municip|user|staff|email|token|ip_|_ip$|agent|created|updated|submitted|opened|_at$|time|date|seq|order/i;

/** The only background stored with a response: coarse groups, each checked to cover ≥ k invited municipalities. */
const COARSE_BACKGROUND = ['bg_landsdel', 'bg_huvudgrupp', 'bg_kommungrupp', 'bg_lan', 'bg_storleksklass'];

async function foreignKeys(ctx: TestContext, table: string): Promise<string[]> {
  if (ctx.deps.dialect === 'sqlite') {
    const rows = await sql<{ table: string }>`select * from pragma_foreign_key_list(${table})`.execute(ctx.db);
    return rows.rows.map((r) => r.table);
  }
  const rows = await sql<{ target: string }>`
    select ccu.table_name as target from information_schema.table_constraints tc
    join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
    where tc.constraint_type = 'FOREIGN KEY' and tc.table_name = ${table}`.execute(ctx.db);
  return rows.rows.map((r) => r.target);
}

describe('anonymity in the schema (checklist 14)', () => {
  let ctx: TestContext;
  before(async () => { ctx = await createTestContext(); });
  after(() => ctx.close());

  it('answer tables have no column that could name a person, municipality, invitation or time', async () => {
    const tables = (await ctx.db.introspection.getTables()).filter((t) => ANSWER_TABLES.includes(t.name));
    assert.deepEqual(tables.map((t) => t.name).sort(), [...ANSWER_TABLES].sort());
    for (const t of tables) {
      for (const c of t.columns) {
        if (c.name.startsWith('bg_')) assert.ok(COARSE_BACKGROUND.includes(c.name), `${t.name}.${c.name} is not a coarse background attribute`);
        else assert.doesNotMatch(c.name, FORBIDDEN, `${t.name}.${c.name}`);
        assert.doesNotMatch(c.dataType, /timestamp|date|time/i, `${t.name}.${c.name} is a time`);
        assert.equal(c.isAutoIncrementing, false, `${t.name}.${c.name} counts up`);
      }
    }
  });

  it('answer tables have no foreign key to contacts, invitations, municipalities or users', async () => {
    for (const t of ANSWER_TABLES) {
      const targets = await foreignKeys(ctx, t);
      for (const target of targets) assert.ok(['waves', 'responses'].includes(target), `${t} references ${target}`);
    }
  });

  it('their ids are text (random), not numbers that count up; in SQLite without a hidden rowid', async () => {
    const tables = await ctx.db.introspection.getTables();
    for (const name of ['ballots', 'responses', 'free_texts']) {
      const id = tables.find((t) => t.name === name)!.columns.find((c) => c.name === 'id')!;
      assert.match(id.dataType, /text|char/i, `${name}.id is ${id.dataType}`);
      if (ctx.deps.dialect === 'sqlite') {
        const ddl = await sql<{ sql: string }>`select sql from sqlite_master where type = 'table' and name = ${name}`.execute(ctx.db);
        assert.match(ddl.rows[0]!.sql, /without rowid/i, `${name} keeps insertion order in its rowid`);
      }
    }
  });
});
