import { sql, type Kysely } from 'kysely';
import { TIME, blobType, isPostgres, withId } from './_helpers';

/** Lägesbilder: a working draft per report, immutable published versions (frozen document + PDF),
 *  recipient lists and the record of which version went to which address. */
export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('lagesbilder'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('draft', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', TIME, (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('updated_at', TIME, (c) => c.notNull())
    .addColumn('updated_by', 'integer')
    .execute();

  await withId(db, db.schema.createTable('lagesbild_versions'))
    .addColumn('lagesbild_id', 'integer', (c) => c.notNull().references('lagesbilder.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('document_date', 'text', (c) => c.notNull())
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('pdf', blobType(db), (c) => c.notNull())
    .addColumn('change_note', 'text')
    .addColumn('published_at', TIME, (c) => c.notNull())
    .addColumn('published_by', 'integer')
    .addColumn('published_by_name', 'text', (c) => c.notNull())
    .addUniqueConstraint('lagesbild_versions_number', ['lagesbild_id', 'version'])
    .execute();
  await immutable(db, 'lagesbild_versions');

  await withId(db, db.schema.createTable('recipient_lists'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('addresses', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('attach_pdf', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', TIME, (c) => c.notNull())
    .addColumn('updated_at', TIME, (c) => c.notNull())
    .execute();

  // One row per version and address: the unique pair is what makes a second send a no-op.
  await withId(db, db.schema.createTable('lagesbild_deliveries'))
    .addColumn('version_id', 'integer', (c) => c.notNull().references('lagesbild_versions.id'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('list_name', 'text', (c) => c.notNull())
    .addColumn('outbox_key', 'text', (c) => c.notNull())
    .addColumn('queued_at', TIME, (c) => c.notNull())
    .addColumn('queued_by', 'integer')
    .addUniqueConstraint('lagesbild_deliveries_once', ['version_id', 'email'])
    .execute();
}

/** A published version can never be changed or removed, whatever code runs against the database. */
async function immutable(db: Kysely<any>, table: string): Promise<void> {
  const message = `${table} rows are immutable`;
  if (isPostgres(db)) {
    await sql.raw(`create function ${table}_refuse() returns trigger language plpgsql as $$ begin raise exception '${message}'; end $$`).execute(db);
    await sql.raw(`create trigger ${table}_immutable before update or delete on ${table} for each row execute function ${table}_refuse()`).execute(db);
    return;
  }
  for (const op of ['update', 'delete']) {
    await sql.raw(`create trigger ${table}_no_${op} before ${op} on ${table} begin select raise(abort, '${message}'); end`).execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['lagesbild_deliveries', 'recipient_lists', 'lagesbild_versions', 'lagesbilder']) await db.schema.dropTable(t).execute();
  if (isPostgres(db)) await sql.raw('drop function if exists lagesbild_versions_refuse()').execute(db);
}
