import { loadConfig } from '../config';
import { systemClock, type AppDeps } from '../deps';
import { withLease } from './with-lease';
import { createLogger } from '../logging';
import { createMailer } from '../mail/mailer';
import { openDatabase } from '../../db/database';
import { useBallotKey } from '../security/ballot-key';
import { findJob } from './index';

/** Runs one job once, in a process of its own: its own config, database handle and mailer, under the job's lease.
 *  The server runs jobs in-process (server/jobs/scheduler.ts); this is for tools and tests. */
export async function runJob(name: string): Promise<void> {
  const config = loadConfig();
  useBallotKey(config.ballotKey);
  const logger = createLogger(config).child({ job: name });
  const database = openDatabase(config.database, { poolSize: 2 });
  const mailer = createMailer(config);
  const deps: AppDeps = { db: database.db, dialect: database.dialect, config, mailer, clock: systemClock, logger };
  const job = findJob(name);
  try {
    const outcome = await withLease(deps, job.name, job.leaseMs, () => job.run(deps));
    if (outcome.ran && outcome.result !== undefined) logger.debug({ result: outcome.result }, 'job finished');
  } catch (err) {
    logger.error({ err: { message: (err as Error).message } }, 'job failed');
  } finally {
    mailer.close();
    await database.close();
  }
}
