import { sql, type Kysely } from 'kysely';
import { isPostgres, TIME, withId } from './_helpers';

/** Waves, invitations and the ballot box. See ARCHITECTURE.md "Anonymity": nothing below `ballots` has a column
 *  that points to a contact, an invitation, a municipality or a time. In SQLite the anonymous tables are
 *  WITHOUT ROWID, so their physical order follows the random ids, not the order of submission. */
export async function up(db: Kysely<any>): Promise<void> {
  const withoutRowid = isPostgres(db) ? sql`` : sql`without rowid`;

  await withId(db, db.schema.createTable('waves'))
    .addColumn('survey_version_id', 'integer', (c) => c.notNull().references('survey_versions.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('opens_at', TIME, (c) => c.notNull())
    .addColumn('closes_at', TIME, (c) => c.notNull())
    .addColumn('reminder_days', 'text', (c) => c.notNull())
    .addColumn('dimensions', 'text', (c) => c.notNull())
    .addColumn('k', 'integer', (c) => c.notNull().defaultTo(5))
    .addColumn('invitation_subject', 'text', (c) => c.notNull())
    .addColumn('invitation_text', 'text', (c) => c.notNull())
    .addColumn('reminder_text', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('anonymity_locked', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', TIME, (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('opened_at', TIME)
    .addColumn('closed_at', TIME)
    .addColumn('cancelled_at', TIME)
    .execute();

  await withId(db, db.schema.createTable('invitations'))
    .addColumn('wave_id', 'integer', (c) => c.notNull().references('waves.id'))
    .addColumn('contact_id', 'integer', (c) => c.references('contacts.id'))
    .addColumn('kommunkod', 'text', (c) => c.notNull())
    .addColumn('sent_at', TIME)
    .addColumn('opened', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('completed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reminders_sent', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('invitations_wave_kommun', ['wave_id', 'kommunkod'])
    .execute();

  // Every link mailed (invitation, each reminder) has its own 256-bit token; only the SHA-256 is kept.
  await db.schema.createTable('invitation_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('invitation_id', 'integer', (c) => c.notNull().references('invitations.id').onDelete('cascade'))
    .execute();

  // Save-and-resume state before submit; deleted at submit and at close.
  await db.schema.createTable('drafts')
    .addColumn('invitation_id', 'integer', (c) => c.primaryKey().references('invitations.id').onDelete('cascade'))
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('page_key', 'text')
    .execute();

  await db.schema.createTable('ballots')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('wave_id', 'integer', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .modifyEnd(withoutRowid)
    .execute();

  await db.schema.createTable('responses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('wave_id', 'integer', (c) => c.notNull())
    .addColumn('bg_landsdel', 'text')
    .addColumn('bg_huvudgrupp', 'text')
    .addColumn('bg_kommungrupp', 'text')
    .addColumn('bg_lan', 'text')
    .addColumn('bg_storleksklass', 'text')
    .modifyEnd(withoutRowid)
    .execute();
  await db.schema.createIndex('responses_wave').on('responses').column('wave_id').execute();

  await db.schema.createTable('answers')
    .addColumn('response_id', 'text', (c) => c.notNull())
    .addColumn('wave_id', 'integer', (c) => c.notNull())
    .addColumn('question_key', 'text', (c) => c.notNull())
    .addColumn('item', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('code', 'text')
    .addColumn('num', 'double precision')
    .execute();
  await db.schema.createIndex('answers_wave_question').on('answers').columns(['wave_id', 'question_key', 'item', 'code']).execute();
  await db.schema.createIndex('answers_response').on('answers').column('response_id').execute();

  await db.schema.createTable('free_texts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('response_id', 'text', (c) => c.notNull())
    .addColumn('wave_id', 'integer', (c) => c.notNull())
    .addColumn('question_key', 'text', (c) => c.notNull())
    .addColumn('item', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('redacted_text', 'text')
    .modifyEnd(withoutRowid)
    .execute();
  await db.schema.createIndex('free_texts_wave').on('free_texts').columns(['wave_id', 'question_key', 'status']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['free_texts', 'answers', 'responses', 'ballots', 'drafts', 'invitation_tokens', 'invitations', 'waves']) await db.schema.dropTable(t).execute();
}
