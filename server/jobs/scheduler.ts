import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Bree from 'bree';
import type { Logger } from 'pino';

const workerFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../jobs/worker.mjs');

/** bree schedules the jobs; the leases in the database make sure each runs once across instances. */
export function createScheduler(jobs: { name: string; interval: string }[], logger: Logger): Bree {
  return new Bree({
    root: false,
    logger: { info: () => {}, warn: (m: unknown) => logger.warn({ bree: String(m) }), error: (m: unknown) => logger.error({ bree: String(m) }) } as never,
    doRootCheck: false,
    jobs: jobs.map((j) => ({ name: j.name, path: workerFile, interval: j.interval, timeout: '3s', worker: { workerData: { jobName: j.name } } })),
  });
}
