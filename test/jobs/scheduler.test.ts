import assert from 'node:assert/strict';
import { isMainThread } from 'node:worker_threads';
import { intervalMs, isIdleResult, nextDelay } from '../../server/jobs/interval';
import { createScheduler } from '../../server/jobs/scheduler';
import { metrics } from '../../server/metrics/registry';
import { JOBS } from '../../server/jobs/index';
import type { JobDefinition } from '../../server/jobs/types';
import { createTestContext, type TestContext } from '../support/context';

async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  assert.fail(`timed out waiting for ${what}`);
}

describe('in-process job scheduler', () => {
  it('reads the job table intervals and backs off only while runs find nothing to do', () => {
    assert.equal(intervalMs('10s'), 10_000);
    assert.equal(intervalMs('5m'), 300_000);
    assert.equal(intervalMs('6h'), 21_600_000);
    assert.throws(() => intervalMs('10 seconds'), /Bad job interval/);
    for (const job of JOBS) assert.ok(intervalMs(job.interval) > 0 && (!job.idleMax || intervalMs(job.idleMax) >= intervalMs(job.interval)), job.name);
    assert.equal(isIdleResult({ queued: 0 }), true);
    assert.equal(isIdleResult({ closed: [] }), true);
    assert.equal(isIdleResult({ sent: 0, failed: 0, retried: 0 }), true);
    assert.equal(isIdleResult({ sent: 2, failed: 0 }), false);
    assert.equal(isIdleResult('busy=0 log=0 checkpointed=0'), false);
    assert.equal(nextDelay(10_000, 10_000, 60_000, true), 20_000);
    assert.equal(nextDelay(40_000, 10_000, 60_000, true), 60_000, 'capped at idleMax');
    assert.equal(nextDelay(60_000, 10_000, 60_000, false), 10_000, 'back to the interval after work');
    assert.equal(nextDelay(60_000, 60_000, 60_000, true), 60_000, 'no idleMax: no back-off');
  });

  describe('running jobs', () => {
    let ctx: TestContext;
    beforeEach(async () => { ctx = await createTestContext(); });
    afterEach(() => ctx.close());

    it('runs each job in this thread with the app deps under its lease, and stop() waits for a run in progress', async () => {
      let release!: () => void;
      const calls: { main: boolean; sameDeps: boolean }[] = [];
      const job: JobDefinition = {
        name: 'test-inprocess', interval: '1h', leaseMs: 60_000,
        run: async (d) => { calls.push({ main: isMainThread, sameDeps: d === ctx.deps }); await new Promise<void>((r) => { release = r; }); return { done: 1 }; },
      };
      const scheduler = createScheduler([job], ctx.deps, { firstDelayMs: () => 0 });
      scheduler.start();
      await until(() => calls.length === 1, 'the first run');
      const held = await ctx.db.selectFrom('job_leases').selectAll().where('name', '=', 'test-inprocess').executeTakeFirstOrThrow();
      assert.ok(held.holder, 'the lease is held while the job runs');
      let stopped = false;
      const stopping = scheduler.stop().then(() => { stopped = true; });
      await new Promise((r) => setTimeout(r, 50));
      assert.equal(stopped, false, 'stop() waits for the run');
      release();
      await stopping;
      assert.deepEqual(calls, [{ main: true, sameDeps: true }]);
      const done = await ctx.db.selectFrom('job_leases').selectAll().where('name', '=', 'test-inprocess').executeTakeFirstOrThrow();
      assert.equal(done.holder, null);
      assert.ok(done.last_finished_at);
      assert.match(await metrics.metrics(), /job_runs_total\{job="test-inprocess",outcome="ran"\} 1/);
    });

    it('a job whose lease another instance holds is skipped; a failing job is logged once per run and the lease freed', async () => {
      const { acquireLease } = await import('../../db/repositories/job-leases');
      assert.ok(await acquireLease(ctx.db, 'test-held', 'other-instance', ctx.clock.now(), 60_000));
      let heldRuns = 0;
      const scheduler = createScheduler([
        { name: 'test-held', interval: '1h', leaseMs: 60_000, run: async () => { heldRuns++; } },
        { name: 'test-failing', interval: '1h', leaseMs: 60_000, run: async () => { throw new Error('boom'); } },
      ], ctx.deps, { firstDelayMs: () => 0 });
      scheduler.start();
      await until(() => ctx.logs.some((l) => l.includes('job failed')), 'the failure log line');
      await until(async () => /job_runs_total\{job="test-held",outcome="leased-elsewhere"\} 1/.test(await metrics.metrics()), 'the skipped tick');
      await scheduler.stop();
      assert.equal(heldRuns, 0);
      assert.equal(ctx.logs.filter((l) => l.includes('job failed')).length, 1);
      const failed = await ctx.db.selectFrom('job_leases').selectAll().where('name', '=', 'test-failing').executeTakeFirstOrThrow();
      assert.equal(failed.holder, null);
      assert.equal(failed.last_error, 'boom');
    });
  });
});
