import type { Kysely } from 'kysely';

/** The answer counts of a closed wave, per breakdown ('' = whole country), computed once by SQL GROUP BY.
 *  A closed wave's responses never change (every ballot is released in the closing transaction), so the
 *  results pages, exports and lägesbild figures read these instead of scanning all answers again. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('result_snapshots')
    .addColumn('wave_id', 'integer', (c) => c.notNull())
    .addColumn('dimension', 'text', (c) => c.notNull())
    .addColumn('counts', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('result_snapshots_pk', ['wave_id', 'dimension'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('result_snapshots').execute();
}
