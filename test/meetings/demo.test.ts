import assert from 'node:assert/strict';
import { createRng } from '../../scripts/seed/demo-data/random';
import { seedDemoMeetings } from '../../scripts/seed/demo/meetings';
import { createTestContext, type TestContext } from '../support/context';
import { seedPanel } from '../panel/support';

describe('meetings: demo data', () => {
  let ctx: TestContext;
  afterEach(() => ctx.close());

  const seed = (shared: Record<string, unknown>) => seedDemoMeetings({ deps: ctx.deps, rng: createRng(2024), print: () => {}, staffIds: {} as never, shared });

  it('has a past meeting with attendance and an upcoming one open for registration, linked to the demo lägesbild', async () => {
    ctx = await createTestContext();
    await seedPanel(ctx);
    await seed({ lagesbildId: 5 });
    const now = ctx.clock.now().toISOString();
    const meetings = await ctx.db.selectFrom('meetings').selectAll().orderBy('id').execute();
    const past = meetings.filter((m) => m.ends_at < now);
    const upcoming = meetings.filter((m) => m.starts_at > now && m.registration_deadline > now);
    assert.equal(past.length, 1);
    assert.ok(upcoming.length >= 1);
    const regs = await ctx.db.selectFrom('meeting_registrations').selectAll().execute();
    const attended = regs.filter((r) => r.meeting_id === past[0]!.id && r.attended === 1);
    assert.ok(attended.length >= 20, `${attended.length} attended`);
    for (const m of upcoming) assert.ok(regs.some((r) => r.meeting_id === m.id && r.status === 'registered'), m.title);
    assert.ok(regs.some((r) => r.status === 'waitlisted'), 'a full meeting has a waitlist');
    assert.ok(regs.every((r) => r.email!.endsWith('.example')));
    const links = await ctx.db.selectFrom('meeting_lagesbilder').selectAll().execute();
    assert.ok(links.some((l) => l.meeting_id === past[0]!.id && l.lagesbild_id === 5));
    assert.ok(links.some((l) => upcoming.some((m) => m.id === l.meeting_id)));

    const publicPage = await ctx.anonymous().get('/moten-och-erfarenhetsutbyten');
    assert.match(publicPage.text, /Erfarenhetsutbyte: hemtjänstens stöd/);
    const staffPage = await (await ctx.as('viewer')).get(`/moten/${past[0]!.id}`);
    assert.match(staffPage.text, /Genomfört/);
  });

  it('works before the earlier demo steps have run', async () => {
    ctx = await createTestContext();
    await seed({});
    assert.equal((await ctx.db.selectFrom('meetings').selectAll().execute()).length, 3);
  });
});
