import type { Kysely } from 'kysely';
import { TIME, withId } from './_helpers';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('municipalities')
    .addColumn('kommunkod', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('lanskod', 'text', (c) => c.notNull())
    .addColumn('lan', 'text', (c) => c.notNull())
    .addColumn('landsdel', 'text', (c) => c.notNull())
    .addColumn('kommungrupp', 'text', (c) => c.notNull())
    .addColumn('huvudgrupp', 'text', (c) => c.notNull())
    .addColumn('population', 'integer', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('staff_users'))
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', TIME, (c) => c.notNull())
    .addColumn('last_login_at', TIME)
    .execute();

  await db.schema.createTable('sessions')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('staff_users.id').onDelete('cascade'))
    .addColumn('created_at', TIME, (c) => c.notNull())
    .addColumn('last_seen_at', TIME, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await db.schema.createTable('rate_limits')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('reset_at', TIME, (c) => c.notNull())
    .execute();

  await db.schema.createTable('job_leases')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('holder', 'text')
    .addColumn('expires_at', TIME)
    .addColumn('last_started_at', TIME)
    .addColumn('last_finished_at', TIME)
    .addColumn('last_error', 'text')
    .execute();

  await withId(db, db.schema.createTable('audit_log'))
    .addColumn('at', TIME, (c) => c.notNull())
    .addColumn('staff_user_id', 'integer')
    .addColumn('staff_email', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('object_type', 'text', (c) => c.notNull())
    .addColumn('object_id', 'text')
    .addColumn('details', 'text')
    .execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();

  await withId(db, db.schema.createTable('outbox'))
    .addColumn('unique_key', 'text', (c) => c.notNull().unique())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('to_name', 'text')
    .addColumn('contact_id', 'integer')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('html', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('headers', 'text')
    .addColumn('attachments', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', TIME, (c) => c.notNull())
    .addColumn('lease_holder', 'text')
    .addColumn('lease_until', TIME)
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('created_at', TIME, (c) => c.notNull())
    .addColumn('sent_at', TIME)
    .execute();
  await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'next_attempt_at']).execute();

  await withId(db, db.schema.createTable('panel_members'))
    .addColumn('kommunkod', 'text', (c) => c.notNull().unique().references('municipalities.kommunkod'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('joined_on', 'text', (c) => c.notNull())
    .addColumn('left_on', 'text')
    .addColumn('status_reason', 'text')
    .addColumn('created_at', TIME, (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('contacts'))
    .addColumn('member_id', 'integer', (c) => c.notNull().references('panel_members.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text')
    .addColumn('unsubscribed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('bounced', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('erased', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('contacts_member').on('contacts').column('member_id').execute();
  await db.schema.createIndex('contacts_email').on('contacts').column('email').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['contacts', 'panel_members', 'outbox', 'audit_log', 'job_leases', 'rate_limits', 'sessions', 'staff_users', 'municipalities']) {
    await db.schema.dropTable(t).execute();
  }
}
