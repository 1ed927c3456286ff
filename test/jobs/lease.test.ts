import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../db/database';
import { withLease } from '../../server/jobs/with-lease';
import { JOBS } from '../../server/jobs/index';
import { cleanupExpiredSessions } from '../../server/services/maintenance';
import { createSession } from '../../server/auth/session-store';
import { TestClock } from '../support/clock';
import { createTestContext, type TestContext } from '../support/context';
import { TEST_DATABASE_URL } from '../support/database';

describe('job leases', () => {
  let ctx: TestContext;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'panel-lease-'));
  let file = '';
  beforeEach(async () => {
    file = path.join(dir, `${Date.now()}-${Math.random()}.db`);
    ctx = await createTestContext({ sqliteFile: file });
  });
  afterEach(() => ctx.close());

  it('three app instances on one database: the job runs once', async () => {
    // Three separate connections ("instances") to the same SQLite file, or three pooled connections to Postgres.
    const instances = TEST_DATABASE_URL ? [ctx.db, ctx.db, ctx.db] : [0, 1, 2].map(() => openDatabase({ kind: 'sqlite', file }).db);
    let runs = 0;
    const clock = new TestClock();
    const results = await Promise.all(instances.map((db) => withLease({ db, clock }, 'demo-job', 60_000, async () => {
      runs++;
      await new Promise((r) => setTimeout(r, 50));
    })));
    assert.equal(runs, 1);
    assert.equal(results.filter((r) => r.ran).length, 1);
    // Released after the run: the next tick may run it again.
    assert.equal((await withLease({ db: instances[0]!, clock }, 'demo-job', 60_000, async () => { runs++; })).ran, true);
    assert.equal(runs, 2);
  });

  it('takes over a lease whose holder died once it has expired', async () => {
    const clock = new TestClock();
    const { acquireLease } = await import('../../db/repositories/job-leases');
    assert.equal(await acquireLease(ctx.db, 'stuck', 'dead-holder', clock.now(), 60_000), true);
    assert.equal((await withLease({ db: ctx.db, clock }, 'stuck', 60_000, async () => 1)).ran, false);
    clock.advanceMinutes(2);
    assert.equal((await withLease({ db: ctx.db, clock }, 'stuck', 60_000, async () => 1)).ran, true);
  });

  it('session cleanup removes idle and too-old sessions only', async () => {
    const admin = await ctx.as('admin');
    await createSession(ctx.db, admin.userId!, ctx.clock.now());
    ctx.clock.advanceMinutes(10);
    await createSession(ctx.db, admin.userId!, ctx.clock.now());
    ctx.clock.advanceMinutes(25);
    assert.equal(await cleanupExpiredSessions(ctx.deps), 2, 'the two sessions idle for 35 minutes');
  });

  it('the job table names each job once with a lease', () => {
    assert.equal(new Set(JOBS.map((j) => j.name)).size, JOBS.length);
    for (const j of JOBS) assert.ok(j.leaseMs > 0 && j.interval);
  });
});
