import type { Database } from './database';

/** Online backup: SQLite through better-sqlite3's backup API (consistent while the app runs). Postgres uses pg_dump. */
export async function backupSqlite(database: Database, targetFile: string): Promise<{ pages: number }> {
  if (!database.sqlite) throw new Error('Online backup here is for SQLite; use pg_dump for Postgres.');
  const result = await database.sqlite.backup(targetFile);
  return { pages: result.totalPages };
}
