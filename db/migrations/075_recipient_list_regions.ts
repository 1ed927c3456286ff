import type { Kysely } from 'kysely';

/** RSS regions chosen on a recipient list: the panel municipalities' contacts in them get the mailing too (issue 18). */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('recipient_list_regions')
    .addColumn('list_id', 'integer', (c) => c.notNull().references('recipient_lists.id').onDelete('cascade'))
    .addColumn('rss_code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('recipient_list_regions_pk', ['list_id', 'rss_code'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('recipient_list_regions').execute();
}
