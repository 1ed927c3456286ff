import assert from 'node:assert/strict';
import { findJob } from '../../server/jobs/index';
import { withLease } from '../../server/jobs/with-lease';
import { createTestContext, type TestContext } from '../support/context';
import { createMeetingAs, register, registrationForm } from './support';

describe('meetings: jobs in the job table', () => {
  let ctx: TestContext;
  beforeEach(async () => { ctx = await createTestContext(); });
  afterEach(() => ctx.close());

  const runLeased = (name: string) => {
    const job = findJob(name);
    return withLease(ctx.deps, job.name, job.leaseMs, () => job.run(ctx.deps));
  };

  it('the reminder job, leased, queues one reminder per registration however often it runs', async () => {
    const id = await createMeetingAs(await ctx.as('editor'), { date: '2026-11-26', deadline_date: '2026-11-25' });
    for (const i of [1, 2]) await register(ctx, id, registrationForm(i));
    ctx.clock.set('2026-11-25T10:00:00Z');
    const runs = await Promise.all([runLeased('meeting-reminders'), runLeased('meeting-reminders')]);
    assert.ok(runs.some((r) => r.ran));
    await runLeased('meeting-reminders');
    ctx.clock.advanceMinutes(10);
    await runLeased('meeting-reminders');
    const reminders = await ctx.db.selectFrom('outbox').select('to_address').where('category', '=', 'meeting-reminder').execute();
    assert.deepEqual(reminders.map((r) => r.to_address).sort(), ['deltagare1@kommun.example', 'deltagare2@kommun.example']);
  });

  it('a registration inside the reminder window gets no separate reminder: its confirmation has everything', async () => {
    const id = await createMeetingAs(await ctx.as('editor'), { date: '2026-11-24', deadline_date: '2026-11-24', deadline_time: '08:00' });
    await register(ctx, id, registrationForm(1));
    await runLeased('meeting-reminders');
    assert.equal((await ctx.db.selectFrom('outbox').selectAll().where('category', '=', 'meeting-reminder').execute()).length, 0);
  });

  it('the retention job, leased, anonymises once and logs no personal data', async () => {
    const id = await createMeetingAs(await ctx.as('editor'));
    await register(ctx, id, registrationForm(1));
    ctx.clock.set('2027-06-01T00:00:00Z');
    const first = await runLeased('meeting-retention');
    assert.deepEqual(first.ran && first.result, { meetings: 1, registrations: 1 });
    const second = await runLeased('meeting-retention');
    assert.deepEqual(second.ran && second.result, { meetings: 0, registrations: 0 });
    assert.ok(!ctx.logs.some((l) => /deltagare1|Deltagare 1/i.test(l)), 'no names or addresses in the logs');
  });
});
