import type { Kysely } from 'kysely';

/** Issue 12, part A: the sealed ballot box, tokens not kept at rest, reminder records aggregated at close.
 *  - waves: the wave's X25519 public key and its private key encrypted under the ballot key (outside the database);
 *  - outbox.link_token: a mailed answer link's token, kept only until the SMTP server accepted the mail;
 *  - wave_reminder_counts: after close, how many reminders went out per reminder day (no recipients).
 *  Moving existing data needs the ballot key or the token pattern: see server/services/waves/seal-existing.ts,
 *  run at every start-up after the migrations. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('waves').addColumn('ballot_public_key', 'text').execute();
  await db.schema.alterTable('waves').addColumn('ballot_private_key', 'text').execute();
  await db.schema.alterTable('outbox').addColumn('link_token', 'text').execute();
  await db.schema.createTable('wave_reminder_counts')
    .addColumn('wave_id', 'integer', (c) => c.notNull().references('waves.id'))
    .addColumn('reminder_day', 'integer', (c) => c.notNull())
    .addColumn('mails', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('wave_reminder_counts_pk', ['wave_id', 'reminder_day'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('wave_reminder_counts').execute();
  await db.schema.alterTable('outbox').dropColumn('link_token').execute();
  await db.schema.alterTable('waves').dropColumn('ballot_private_key').execute();
  await db.schema.alterTable('waves').dropColumn('ballot_public_key').execute();
}
