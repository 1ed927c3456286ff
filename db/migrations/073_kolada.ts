import type { Kysely } from 'kysely';
import { TIME, withId } from './_helpers';

/** Register data fetched from Kolada (RKA): each import (dry run, progress, report, values waiting to be saved),
 *  which indicator came from which key figure, and what every saved import changed. */
export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('kolada_imports'))
    .addColumn('kpi_id', 'text', (c) => c.notNull())
    .addColumn('kpi_title', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('years', 'text', (c) => c.notNull())
    .addColumn('gender', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('pages_done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('points_fetched', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('points_total', 'integer')
    .addColumn('retries', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('report', 'text')
    .addColumn('payload', 'text')
    .addColumn('error', 'text')
    .addColumn('indicator_id', 'integer', (c) => c.references('register_indicators.id').onDelete('set null'))
    .addColumn('changed', 'integer')
    .addColumn('created_by', 'integer', (c) => c.notNull().references('staff_users.id'))
    .addColumn('created_at', TIME, (c) => c.notNull())
    .addColumn('fetched_at', TIME)
    .addColumn('saved_at', TIME)
    .execute();
  await db.schema.createIndex('kolada_imports_status').on('kolada_imports').columns(['status', 'id']).execute();

  await db.schema.createTable('kolada_indicators')
    .addColumn('indicator_id', 'integer', (c) => c.primaryKey().references('register_indicators.id').onDelete('cascade'))
    .addColumn('kpi_id', 'text', (c) => c.notNull())
    .addColumn('gender', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('fetched_at', TIME, (c) => c.notNull())
    .execute();

  await db.schema.createTable('register_value_changes')
    .addColumn('import_id', 'integer', (c) => c.notNull().references('kolada_imports.id').onDelete('cascade'))
    .addColumn('kommunkod', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('old_value', 'double precision')
    .addColumn('new_value', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('register_value_changes_pk', ['import_id', 'kommunkod', 'year'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('register_value_changes').execute();
  await db.schema.dropTable('kolada_indicators').execute();
  await db.schema.dropTable('kolada_imports').execute();
}
