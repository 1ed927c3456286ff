import { findJob } from '../../server/jobs/index';
import { withLease } from '../../server/jobs/with-lease';
import type { TestContext } from '../support/context';

/** Runs a job of the job table as the scheduler does: under its lease. */
export async function runJob(ctx: TestContext, name: string): Promise<unknown> {
  const job = findJob(name);
  const outcome = await withLease(ctx.deps, job.name, job.leaseMs, () => job.run(ctx.deps));
  return outcome.ran ? outcome.result : undefined;
}

/** Each wave job twice in a row, then the outbox drained. */
export async function runTwice(ctx: TestContext, name: string): Promise<void> {
  await runJob(ctx, name);
  await runJob(ctx, name);
}
