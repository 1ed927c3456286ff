import { sql, type Kysely } from 'kysely';
import { coarsestFirst, kAnonymize } from '../../server/domain/disclosure';
import { isPostgres } from './_helpers';

const BG = ['landsdel', 'huvudgrupp', 'kommungrupp', 'lan', 'storleksklass'] as const;

/**
 * Issue 12 part B. Answers get a random primary key (SQLite: WITHOUT ROWID, so no insertion order survives; both
 * databases: rows copied in random order). Free texts lose response_id. Responses of closed waves get
 * k-anonymous background values (only ever coarser), and stored result snapshots are dropped so they are computed
 * again under the new rules.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const withoutRowid = pg ? sql`` : sql`without rowid`;
  const randomId = pg ? sql`md5(random()::text || clock_timestamp()::text)` : sql`lower(hex(randomblob(16)))`;
  const randomOrder = pg ? sql`random()` : sql`random()`;

  await db.schema.createTable('answers_new')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('response_id', 'text', (c) => c.notNull())
    .addColumn('wave_id', 'integer', (c) => c.notNull())
    .addColumn('question_key', 'text', (c) => c.notNull())
    .addColumn('item', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('code', 'text')
    .addColumn('num', 'double precision')
    .modifyEnd(withoutRowid)
    .execute();
  await sql`insert into answers_new (id, response_id, wave_id, question_key, item, code, num)
    select ${randomId}, response_id, wave_id, question_key, item, code, num from answers order by ${randomOrder}`.execute(db);
  await db.schema.dropTable('answers').execute();
  await db.schema.alterTable('answers_new').renameTo('answers').execute();
  await db.schema.createIndex('answers_wave_question').on('answers').columns(['wave_id', 'question_key', 'item', 'code']).execute();
  await db.schema.createIndex('answers_response').on('answers').column('response_id').execute();
  await db.schema.createIndex('answers_results').on('answers').columns(['wave_id', 'question_key', 'item', 'code', 'num', 'response_id']).execute();

  await db.schema.alterTable('free_texts').dropColumn('response_id').execute();

  const waves = await db.selectFrom('waves').select(['id', 'k', 'dimensions']).where('status', '=', 'closed').execute();
  for (const wave of waves) {
    const dims = coarsestFirst(JSON.parse(wave.dimensions) as string[]);
    const rows = await db.selectFrom('responses').selectAll().where('wave_id', '=', wave.id).execute();
    const before = rows.map((r) => Object.fromEntries(dims.map((d) => [d, r[`bg_${d}`] ?? null])));
    const after = kAnonymize(before, dims, wave.k);
    for (const [i, r] of rows.entries()) {
      if (JSON.stringify(after[i]) === JSON.stringify(before[i])) continue;
      await db.updateTable('responses').set(Object.fromEntries(BG.map((d) => [`bg_${d}`, after[i]![d] ?? null]))).where('id', '=', r.id).execute();
    }
  }
  await db.deleteFrom('result_snapshots').execute();
}

export async function down(): Promise<void> {
  throw new Error('070_disclosure cannot be undone: coarsened background values and unlinked free texts are not kept');
}
