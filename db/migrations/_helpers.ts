import { sql, type CreateTableBuilder, type Kysely } from 'kysely';

/** Migrations run on both SQLite and Postgres; these keep the two spellings in one place. */
// By name, not instanceof: kysely can be loaded both as ESM and CJS in one process (tsx), giving two classes.
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter.constructor.name === 'PostgresAdapter';
}

/** Auto-increment integer primary key `id`. */
export function withId<T extends string>(db: Kysely<any>, table: CreateTableBuilder<T, any>): CreateTableBuilder<T, any> {
  return isPostgres(db)
    ? table.addColumn('id', 'serial', (c) => c.primaryKey())
    : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

/** Binary column type (PDF files, attachments). */
export function blobType(db: Kysely<any>) {
  return isPostgres(db) ? sql`bytea` : sql`blob`;
}

/** Times are stored as ISO-8601 UTC text (`2026-06-12T08:00:00.000Z`) on both databases: sortable and portable. */
export const TIME = 'text' as const;
