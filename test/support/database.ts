import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../../db/database';
import { migrateToLatest } from '../../db/migrate';
import { seedReferenceData } from '../../db/seed/reference-seed';

/** Tests run on SQLite in memory by default; with TEST_DATABASE_URL=postgres://… each test gets its own
 *  Postgres database cloned from a migrated template (CREATE DATABASE … TEMPLATE is fast). */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || null;
export const testDialect = TEST_DATABASE_URL ? 'postgres' : 'sqlite';

let template: Promise<string> | null = null;

/** How many test databases of each kind this run opened (printed at the end; .ci/run checks it). */
export const openedDatabases = { sqlite: 0, postgres: 0 };

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL! });
  await client.connect();
  try { return await fn(client); } finally { await client.end(); }
}

async function buildTemplate(): Promise<string> {
  const name = `tmpl_${process.pid}_${randomBytes(3).toString('hex')}`;
  await admin((c) => c.query(`create database ${name}`));
  const database = openDatabase({ kind: 'postgres', url: withDatabase(TEST_DATABASE_URL!, name) }, { poolSize: 1 });
  await migrateToLatest(database.db);
  await seedReferenceData(database.db);
  await database.close();
  process.once('exit', () => {});
  return name;
}

export async function openTestDatabase(opts: { file?: string; groupCommit?: boolean } = {}): Promise<Database & { drop(): Promise<void> }> {
  openedDatabases[testDialect]++;
  if (!TEST_DATABASE_URL) {
    const database = openDatabase({ kind: 'sqlite', file: opts.file ?? ':memory:', groupCommit: opts.groupCommit });
    await migrateToLatest(database.db);
    await seedReferenceData(database.db);
    return { ...database, drop: () => database.close() };
  }
  template ??= buildTemplate();
  const tmpl = await template;
  const name = `t_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`create database ${name} template ${tmpl}`));
  const database = openDatabase({ kind: 'postgres', url: withDatabase(TEST_DATABASE_URL, name) }, { poolSize: 5 });
  return {
    ...database,
    drop: async () => {
      await database.close();
      await admin((c) => c.query(`drop database if exists ${name}`));
    },
  };
}

/** Drops the template at the end of a Postgres run (mocha root hook). */
export async function dropTemplate(): Promise<void> {
  if (!template || !TEST_DATABASE_URL) return;
  const name = await template;
  await admin((c) => c.query(`drop database if exists ${name}`));
}
