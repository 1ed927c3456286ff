import type { Kysely } from 'kysely';
import { TIME, withId } from './_helpers';

/** Surveys: a series (e.g. "Bemanning sommar") holds surveys; a survey has numbered versions. A draft version is
 *  edited (optimistic lock on `revision`); a published version's definition is frozen and never updated again. */
export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('survey_series'))
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('created_at', TIME, (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('surveys'))
    .addColumn('series_id', 'integer', (c) => c.references('survey_series.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', TIME, (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .execute();

  await withId(db, db.schema.createTable('survey_versions'))
    .addColumn('survey_id', 'integer', (c) => c.notNull().references('surveys.id'))
    .addColumn('version_no', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', TIME, (c) => c.notNull())
    .addColumn('updated_at', TIME, (c) => c.notNull())
    .addColumn('updated_by', 'integer')
    .addColumn('published_at', TIME)
    .addColumn('published_by', 'integer')
    .addUniqueConstraint('survey_versions_no', ['survey_id', 'version_no'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['survey_versions', 'surveys', 'survey_series']) await db.schema.dropTable(t).execute();
}
