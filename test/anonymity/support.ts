import BetterSqlite3 from 'better-sqlite3';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { answerLinks, openWaveForTest, Respondent, type OpenWave } from '../answer/support';
import { createTestContext, type TestContext } from '../support/context';
import { testDialect } from '../support/database';

export type Row = Record<string, unknown>;
export type Snapshot = Record<string, Row[]>;

/** The app on a real SQLite file in a temporary data folder (WAL mode), or on the test Postgres database. */
export interface FileApp { ctx: TestContext; dataDir: string; close(): Promise<void> }

export async function startFileApp(opts: Parameters<typeof createTestContext>[0] = {}): Promise<FileApp> {
  const root = mkdtempSync(path.join(tmpdir(), 'anon-'));
  const dataDir = path.join(root, 'data');
  mkdirSync(dataDir, { recursive: true });
  const ctx = await createTestContext({ ...opts, sqliteFile: path.join(dataDir, 'app.db'), env: { DATA_DIR: dataDir, ...opts.env } });
  return { ctx, dataDir, close: async () => { await ctx.close(); rmSync(root, { recursive: true, force: true }); } };
}

/** What a thief takes: a byte copy of the data folder (database, -wal, -shm and anything else in it). */
export function copyFolder(dir: string): string {
  const to = path.join(mkdtempSync(path.join(tmpdir(), 'anon-copy-')), 'data');
  cpSync(dir, to, { recursive: true });
  return to;
}

/** Every row of every table of an SQLite file. */
export function dumpSqlite(file: string): Snapshot {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`).all() as { name: string }[];
    return Object.fromEntries(tables.map((t) => [t.name, db.prepare(`select * from "${t.name}"`).all() as Row[]]));
  } finally {
    db.close();
  }
}

/** Every row of every table, read through the live connection (the Postgres "watcher"). */
export async function dumpLive(db: Kysely<DB>): Promise<Snapshot> {
  const names = testDialect === 'postgres'
    ? (await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = 'public'`.execute(db)).rows
    : (await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db)).rows;
  const out: Snapshot = {};
  for (const { name } of names) out[name] = (await sql<Row>`select * from ${sql.table(name)}`.execute(db)).rows;
  return out;
}

/** A copied data folder opened the way SQLite would (the -wal is replayed on open). */
export function dumpFolder(dir: string): Snapshot {
  const file = path.join(dir, 'app.db');
  new BetterSqlite3(file).close();
  return dumpSqlite(file);
}

export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Buffer.isBuffer(v) || v instanceof Uint8Array) return Buffer.from(v).toString('latin1');
  return String(v);
}

/** Table.column cells holding `needle`. */
export function findInSnapshot(s: Snapshot, needle: string): string[] {
  const hits: string[] = [];
  for (const [table, rows] of Object.entries(s)) {
    for (const row of rows) for (const [col, v] of Object.entries(row)) if (cellText(v).includes(needle)) hits.push(`${table}.${col}`);
  }
  return hits;
}

export const completedIds = (s: Snapshot): Set<number> =>
  new Set((s.invitations ?? []).filter((r) => Number(r.completed) === 1).map((r) => Number(r.id)));

/** A respondent answering the sample survey over HTTP, with free texts carrying `marker`; submits unless told not to. */
export async function answerWithMarker(ctx: TestContext, link: string, marker: string, submit = true): Promise<Respondent> {
  const r = new Respondent(ctx);
  await r.open(link);
  await r.get('/svar/sida/start');
  await r.post('/svar/sida/start', { _action: 'next', q_brist: 'ja', q_antal: '12' });
  await r.post('/svar/sida/orsak', { _action: 'next', q_varfor: `Orsak ${marker}` });
  if (!submit) return r;
  await r.post('/svar/sida/atgarder', { _action: 'next', q_gjort: 'annons', q_annons_var: `Annons ${marker}` });
  await r.get('/svar/granska');
  const sent = await r.post('/svar/skicka');
  if (sent.headers.location !== '/svar/tack') throw new Error(`submit failed: ${sent.status}`);
  return r;
}

export async function openedWave(ctx: TestContext, members = 6): Promise<{ wave: OpenWave; links: string[] }> {
  const wave = await openWaveForTest(ctx, { members });
  return { wave, links: await answerLinks(ctx) };
}

export const markerFor = (i: number): string => `MARK${i}x${process.pid}Q`;
