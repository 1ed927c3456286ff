import type { AppDeps } from '../deps';
import type { JobDefinition } from './types';
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
export function createScheduler(jobs: readonly JobDefinition[], deps: AppDeps, opts: { firstDelayMs?: () => number } = {}): Scheduler {
  // A short random first delay spreads the first runs of all jobs (and of several instances).
  const firstDelay = opts.firstDelayMs ?? (() => 1_000 + Math.floor(Math.random() * 4_000));
  const timers = new Map<string, NodeJS.Timeout>();
  const running = new Set<Promise<void>>();
  let stopped = false;

  const schedule = (job: JobDefinition, delay: number) => {
    if (stopped) return;
    timers.set(job.name, setTimeout(() => tick(job, delay), delay).unref());
  };

  const cap = (ms: number) => Math.min(ms, deps.config.jobsMaxIntervalMs ?? ms);
  const tick = (job: JobDefinition, delay: number) => {
    const base = cap(intervalMs(job.interval));
    const started = performance.now();
    const run = (async () => {
      let idle = true;
      let ranAt = 0; // wall clock while the lease is held: runs of one job on several instances never overlap
      let ranUntil = 0;
      const leased = async () => { ranAt = Date.now(); try { return await job.run(deps); } finally { ranUntil = Date.now(); } };
      try {
        const outcome = await withLease(deps, job.name, job.leaseMs, leased);
        idle = !outcome.ran || isIdleResult(outcome.result);
        recordJobRun(job.name, outcome.ran ? 'ran' : 'leased-elsewhere', (performance.now() - started) / 1000);
        if (outcome.ran) deps.logger.debug({ job: job.name, result: outcome.result, ranAt, ranUntil }, 'job finished');
      } catch (err) {
        idle = false;
        recordJobRun(job.name, 'failed', (performance.now() - started) / 1000);
        deps.logger.error({ job: job.name, err: { message: (err as Error).message } }, 'job failed');
      }
      schedule(job, nextDelay(delay, base, job.idleMax ? cap(intervalMs(job.idleMax)) : base, idle));
    })();
    running.add(run);
    void run.finally(() => running.delete(run));
  };

  return {
    start() {
      for (const job of jobs) schedule(job, Math.min(cap(intervalMs(job.interval)), firstDelay()));
    },
    async stop() {
      stopped = true;
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
      await Promise.allSettled([...running]);
    },
  };
}
