import { createServer } from 'node:http';
import { ConfigError, loadConfig, type Config } from './config';
import { createApp } from './app';
import { systemClock, type AppDeps } from './deps';
import { createScheduler } from './jobs/scheduler';
import { createLogger } from './logging';
import { createMailer } from './mail/mailer';
import { openDatabase } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { prepareDatabase, type LoadDemo } from './prepare-database';
import { JOBS } from './jobs/index';
import { ensurePrivateDir, restrictNewFiles } from './files/private-files';
import { useBallotKey } from './security/ballot-key';
import { sealExistingData } from './services/waves/seal-existing';

/** The demo seeder is a script, loaded only when an empty development database gets the demo. */
const loadDemo: LoadDemo = () => import('../scripts/seed/demo/index');

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(78);
    }
    throw err;
  }
}

async function main(): Promise<void> {
  restrictNewFiles();
  const config = readConfig();
  ensurePrivateDir(config.dataDir);
  useBallotKey(config.ballotKey);
  const logger = createLogger(config);
  const database = openDatabase(config.database);
  await migrateToLatest(database.db);
  const mailer = createMailer(config);
  const deps: AppDeps = { db: database.db, dialect: database.dialect, config, mailer, clock: systemClock, logger };
  await sealExistingData(deps);
  await prepareDatabase(deps, (line) => process.stdout.write(`${line}\n`), loadDemo);

  const app = createApp(deps);
  const server = createServer(app);
  const scheduler = config.jobs ? createScheduler(JOBS, deps) : null;
  await new Promise<void>((resolve) => server.listen(config.port, resolve));
  scheduler?.start();
  process.stdout.write(`\nÄldreomsorgspanelen körs på ${config.baseUrl} (databas: ${database.dialect})\n`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const forced = setTimeout(() => process.exit(1), 15_000).unref();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    await closed;
    await scheduler?.stop();
    if (database.sqlite) database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    mailer.close();
    await database.close();
    clearTimeout(forced);
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err) => {
  process.stderr.write(`Start-up failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
