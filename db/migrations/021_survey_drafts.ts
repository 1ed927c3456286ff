import { sql, type Kysely } from 'kysely';

/** At most one draft per survey, held by the database even if two editors press "Redigera" at the same moment. */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create unique index survey_versions_one_draft on survey_versions (survey_id) where status = 'draft'`.execute(db);
  await db.schema.createIndex('surveys_series').on('surveys').column('series_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('surveys_series').execute();
  await db.schema.dropIndex('survey_versions_one_draft').execute();
}
