import type { Kysely } from 'kysely';
import { TIME, withId } from './_helpers';

/** Register data beside panel data: an indicator (e.g. "Andel 80+ med hemtjänst") and its values per municipality and year. */
export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('register_indicators'))
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_at', TIME, (c) => c.notNull())
    .addColumn('updated_at', TIME, (c) => c.notNull())
    .execute();

  await db.schema.createTable('register_values')
    .addColumn('indicator_id', 'integer', (c) => c.notNull().references('register_indicators.id').onDelete('cascade'))
    .addColumn('kommunkod', 'text', (c) => c.notNull().references('municipalities.kommunkod'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('register_values_pk', ['indicator_id', 'kommunkod', 'year'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('register_values').execute();
  await db.schema.dropTable('register_indicators').execute();
}
