import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import {
  CompiledQuery, Kysely, PostgresDialect, SqliteDialect, SqliteDriver,
  type DatabaseConnection, type Driver, type SqliteDatabase, type SqliteDialectConfig,
} from 'kysely';
import { enableGroupCommit } from './group-commit';
import type { DB } from './schema';
import { ensureSqliteDir, makeSqliteFilesPrivate } from './sqlite-files';

export type DialectName = 'sqlite' | 'postgres';
/** `groupCommit` (SQLite, default on): concurrent short write transactions share one commit (db/group-commit.ts). */
export type DatabaseTarget = { kind: 'sqlite'; file: string; groupCommit?: boolean } | { kind: 'postgres'; url: string };

export interface Database {
  readonly db: Kysely<DB>;
  readonly dialect: DialectName;
  /** The raw better-sqlite3 handle (SQLite only): backup, checkpoint, benchmarks. */
  readonly sqlite: BetterSqlite3.Database | null;
  close(): Promise<void>;
}

/** SQLite has one writer: take the write lock at BEGIN so concurrent transactions queue instead of failing. */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly dialectConfig: SqliteDialectConfig) {
    super(dialectConfig);
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.dialectConfig);
  }
}

export const SQLITE_PRAGMAS = [
  'journal_mode = WAL',
  'synchronous = FULL',
  'foreign_keys = ON',
  'busy_timeout = 5000',
  'secure_delete = ON',
  'journal_size_limit = 67108864',
] as const;

export function openSqlite(file: string): BetterSqlite3.Database {
  if (file !== ':memory:') ensureSqliteDir(file);
  const sqlite = new BetterSqlite3(file);
  // Before WAL mode creates -wal/-shm: SQLite gives them the main file's mode.
  if (file !== ':memory:') makeSqliteFilesPrivate(file);
  for (const pragma of SQLITE_PRAGMAS) sqlite.pragma(pragma);
  if (file !== ':memory:') makeSqliteFilesPrivate(file);
  return sqlite;
}

/** Kysely prepares every query anew; reusing prepared statements by SQL text saves the SQLite parse and
 *  plan on hot paths (a respondent page runs the same few statements). Bounded: `in (…)` lists vary. */
export function withStatementCache(sqlite: BetterSqlite3.Database, max = 500): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sqlText: string) {
      let stmt = cache.get(sqlText);
      if (stmt && !stmt.busy) return stmt;
      stmt = sqlite.prepare(sqlText);
      if (cache.size >= max) cache.delete(cache.keys().next().value!);
      cache.set(sqlText, stmt);
      return stmt;
    },
  };
}

// Postgres returns bigint/numeric as strings; every count and sum in this app fits in a double.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

export function openDatabase(target: DatabaseTarget, opts: { poolSize?: number } = {}): Database {
  if (target.kind === 'sqlite') {
    const sqlite = openSqlite(target.file);
    const db = new Kysely<DB>({ dialect: new ImmediateSqliteDialect({ database: withStatementCache(sqlite) }) });
    if (target.groupCommit !== false) enableGroupCommit(db);
    return { db, dialect: 'sqlite', sqlite, close: () => db.destroy() };
  }
  const pool = new pg.Pool({ connectionString: target.url, max: opts.poolSize ?? 10 });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', sqlite: null, close: () => db.destroy() };
}
