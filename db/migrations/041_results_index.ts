import type { Kysely } from 'kysely';

/** Results count answers by (question, row, code, number): with num in the index SQLite and Postgres can
 *  aggregate from the index alone, in index order, instead of visiting every answer row. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('answers_results').on('answers').columns(['wave_id', 'question_key', 'item', 'code', 'num', 'response_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('answers_results').execute();
}
