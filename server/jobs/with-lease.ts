import { randomBytes } from 'node:crypto';
import { acquireLease, releaseLease } from '../../db/repositories/job-leases';
import type { AppDeps } from '../deps';

export type LeasedRun<T> = { ran: true; result: T } | { ran: false };

/** Runs `fn` only if this caller holds the job's lease, so one run happens even with several instances. */
export async function withLease<T>(deps: Pick<AppDeps, 'db' | 'clock'>, name: string, ttlMs: number, fn: () => Promise<T>): Promise<LeasedRun<T>> {
  const holder = `${process.pid}.${randomBytes(6).toString('hex')}`; // the process id tells which instance holds it
  if (!(await acquireLease(deps.db, name, holder, deps.clock.now(), ttlMs))) return { ran: false };
  try {
    const result = await fn();
    await releaseLease(deps.db, name, holder, deps.clock.now(), null);
    return { ran: true, result };
  } catch (err) {
    await releaseLease(deps.db, name, holder, deps.clock.now(), err instanceof Error ? err.message.slice(0, 500) : 'fel');
    throw err;
  }
}
