import type { AppDeps } from '../deps';
import type { JobDefinition } from '../../jobs/types';
import { intervalMs, isIdleResult, nextDelay } from './interval';
import { recordJobRun } from '../metrics/registry';
import { withLease } from './with-lease';

export interface Scheduler {
  start(): void;
  /** Stops the timers and waits for runs in progress. */
  stop(): Promise<void>;
}

/** Runs the job table in this process on timers, each run under the job's database lease (so across instances
 *  one runs it). A job whose run found nothing to do waits longer, up to its `idleMax`; one run per job at a time. */
export function createScheduler(jobs: readonly JobDefinition[], deps: AppDeps): Scheduler {
  const timers = new Map<string, NodeJS.Timeout>();
  const running = new Set<Promise<void>>();
  let stopped = false;

  const schedule = (job: JobDefinition, delay: number) => {
    if (stopped) return;
    timers.set(job.name, setTimeout(() => tick(job, delay), delay).unref());
  };

  const tick = (job: JobDefinition, delay: number) => {
    const base = intervalMs(job.interval);
    const started = performance.now();
    const run = (async () => {
      let idle = true;
      try {
        const outcome = await withLease(deps, job.name, job.leaseMs, () => job.run(deps));
        idle = !outcome.ran || isIdleResult(outcome.result);
        recordJobRun(job.name, outcome.ran ? 'ran' : 'leased-elsewhere', (performance.now() - started) / 1000);
        if (outcome.ran && !idle) deps.logger.debug({ job: job.name, result: outcome.result }, 'job finished');
      } catch (err) {
        idle = false;
        recordJobRun(job.name, 'failed', (performance.now() - started) / 1000);
        deps.logger.error({ job: job.name, err: { message: (err as Error).message } }, 'job failed');
      }
      schedule(job, nextDelay(delay, base, job.idleMax ? intervalMs(job.idleMax) : base, idle));
    })();
    running.add(run);
    void run.finally(() => running.delete(run));
  };

  return {
    start() {
      // A short random first delay spreads the first runs of all jobs (and of several instances).
      for (const job of jobs) schedule(job, Math.min(intervalMs(job.interval), 1_000 + Math.floor(Math.random() * 4_000)));
    },
    async stop() {
      stopped = true;
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
      await Promise.allSettled([...running]);
    },
  };
}
