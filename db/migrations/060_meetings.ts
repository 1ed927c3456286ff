import type { Kysely } from 'kysely';
import { TIME, withId } from './_helpers';

/** Feedback meetings and experience exchanges, their registrations and the cancel links mailed to them. */
export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('meetings'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('starts_at', TIME, (c) => c.notNull())
    .addColumn('ends_at', TIME, (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('meeting_url', 'text', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('registration_deadline', TIME, (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('recipient_emails', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('planned'))
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('material_url', 'text')
    .addColumn('invitations_sent_at', TIME)
    .addColumn('followup_sent_at', TIME)
    .addColumn('cancelled_at', TIME)
    .addColumn('anonymised_at', TIME)
    .addColumn('created_at', TIME, (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('updated_at', TIME, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meetings_starts').on('meetings').column('starts_at').execute();
  await db.schema.createIndex('meetings_year').on('meetings').column('year').execute();

  // Lägesbilder are built later; the id is a plain integer so this table needs no foreign key to them.
  await db.schema.createTable('meeting_lagesbilder')
    .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('lagesbild_id', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('meeting_lagesbilder_pk', ['meeting_id', 'lagesbild_id'])
    .execute();

  await withId(db, db.schema.createTable('meeting_registrations'))
    .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('email', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kommunkod', 'text', (c) => c.references('municipalities.kommunkod'))
    .addColumn('organisation', 'text')
    .addColumn('role', 'text')
    .addColumn('needs', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attended', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rebooked', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reminded_revision', 'integer')
    .addColumn('consented_at', TIME, (c) => c.notNull())
    .addColumn('created_at', TIME, (c) => c.notNull())
    .addColumn('updated_at', TIME, (c) => c.notNull())
    .addColumn('queued_at', TIME)
    .addColumn('promoted_at', TIME)
    .addColumn('cancelled_at', TIME)
    .addColumn('anonymised_at', TIME)
    .addUniqueConstraint('meeting_registrations_email', ['meeting_id', 'email'])
    .execute();
  await db.schema.createIndex('meeting_registrations_status').on('meeting_registrations').columns(['meeting_id', 'status']).execute();

  // Every mail with a cancel link gets its own 256-bit token; only the SHA-256 is kept.
  await db.schema.createTable('meeting_cancel_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('registration_id', 'integer', (c) => c.notNull().references('meeting_registrations.id').onDelete('cascade'))
    .addColumn('created_at', TIME, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meeting_cancel_tokens_registration').on('meeting_cancel_tokens').column('registration_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['meeting_cancel_tokens', 'meeting_registrations', 'meeting_lagesbilder', 'meetings']) await db.schema.dropTable(t).execute();
}
