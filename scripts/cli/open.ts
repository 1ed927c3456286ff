import { loadConfig } from '../../server/config';
import { systemClock, type AppDeps } from '../../server/deps';
import { createLogger } from '../../server/logging';
import { createMailer } from '../../server/mail/mailer';
import { openDatabase, type Database } from '../../db/database';
import { migrateToLatest } from '../../db/migrate';
import { restrictNewFiles } from '../../server/files/private-files';
import { useBallotKey } from '../../server/security/ballot-key';

/** Command-line tools share the app's config and migrations. */
export async function openForCli(): Promise<{ deps: AppDeps; database: Database }> {
  const config = loadConfig();
  useBallotKey(config.ballotKey);
  const database = openDatabase(config.database);
  await migrateToLatest(database.db);
  const deps: AppDeps = { db: database.db, dialect: database.dialect, config, mailer: createMailer({ smtpUrl: null }), clock: systemClock, logger: createLogger(config) };
  return { deps, database };
}

export function cliMain(fn: () => Promise<void>): void {
  restrictNewFiles();
  fn().catch((err) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
