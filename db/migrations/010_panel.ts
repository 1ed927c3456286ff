import { sql, type Kysely } from 'kysely';
import { TIME, withId } from './_helpers';

/** Panel register: membership history (one row per status period), stored import dry runs, and two rules as partial
 *  unique indexes (SQLite and Postgres both have them): an e-mail address is active for at most one contact, and a
 *  member has at most one active contact per role. */
export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('panel_membership_periods'))
    .addColumn('member_id', 'integer', (c) => c.notNull().references('panel_members.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('to_date', 'text')
    .addColumn('reason', 'text')
    .addColumn('created_at', TIME, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('membership_periods_member').on('panel_membership_periods').column('member_id').execute();

  // Backfill: every existing member gets a period from joined_on; one that has left also gets its 'left' period.
  const members = await db.selectFrom('panel_members').selectAll().execute();
  for (const m of members) {
    const leftOn = m.status === 'left' ? (m.left_on ?? m.joined_on) : null;
    await db.insertInto('panel_membership_periods').values({
      member_id: m.id, status: m.status === 'paused' ? 'paused' : 'active', from_date: m.joined_on,
      to_date: leftOn, reason: m.status === 'paused' ? m.status_reason : null, created_at: m.created_at,
    }).execute();
    if (leftOn) {
      await db.insertInto('panel_membership_periods').values({
        member_id: m.id, status: 'left', from_date: leftOn, to_date: null, reason: m.status_reason, created_at: m.created_at,
      }).execute();
    }
  }

  await sql`create unique index contacts_active_email on contacts (email) where valid_to is null and erased = 0`.execute(db);
  // One primary and at most one deputy at a time; the earlier ones are history (valid_to set).
  await sql`create unique index contacts_active_role on contacts (member_id, role) where valid_to is null and erased = 0`.execute(db);

  await withId(db, db.schema.createTable('panel_imports'))
    .addColumn('created_by', 'integer', (c) => c.notNull())
    .addColumn('created_at', TIME, (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('rows', 'text')
    .addColumn('notices', 'text')
    .addColumn('summary', 'text')
    .addColumn('applied_at', TIME)
    .addColumn('applied_by', 'integer')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('panel_imports').execute();
  await db.schema.dropIndex('contacts_active_role').execute();
  await db.schema.dropIndex('contacts_active_email').execute();
  await db.schema.dropTable('panel_membership_periods').execute();
}
