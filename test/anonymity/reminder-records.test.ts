import assert from 'node:assert/strict';
import { drainOutbox } from '../../server/services/drain-outbox';
import { closeDueWaves } from '../../server/services/waves/close-waves';
import { sendDueReminders } from '../../server/services/waves/send-reminders';
import { createTestContext, type TestContext } from '../support/context';
import { answerWithMarker, markerFor, openedWave } from './support';

// Issue 12, attack 3 (part A): reminder records kept after close showed who had not answered by which day.
describe('anonymity: reminder records after close', () => {
  let ctx: TestContext;
  afterEach(() => ctx.close());

  it('at close, per-recipient reminders become one count per reminder day; counters and link rows say nothing', async () => {
    ctx = await createTestContext();
    const { wave, links } = await openedWave(ctx, 6);
    await drainOutbox(ctx.deps);
    for (const i of [0, 1]) await answerWithMarker(ctx, links[i]!, markerFor(i));
    ctx.clock.set(new Date(new Date(wave.closesAt).getTime() - 3 * 86_400_000 + 60_000));
    assert.equal((await sendDueReminders(ctx.deps)).queued, 4);
    await drainOutbox(ctx.deps);
    const reminded = () => ctx.db.selectFrom('outbox').select('id').where('unique_key', 'like', 'remind:%').execute();
    assert.equal((await reminded()).length, 4, 'while open, each reminder is a record (it has to be sent)');
    const tokensPer = async () => (await ctx.db.selectFrom('invitation_tokens').select('invitation_id').execute())
      .reduce((m, t) => m.set(t.invitation_id, (m.get(t.invitation_id) ?? 0) + 1), new Map<number, number>());
    assert.deepEqual([...(await tokensPer()).values()].sort(), [1, 1, 2, 2, 2, 2], 'before close, link rows tell who was reminded');

    ctx.clock.set(wave.closesAt);
    await closeDueWaves(ctx.deps);
    assert.deepEqual(await reminded(), []);
    assert.deepEqual(await ctx.db.selectFrom('wave_reminder_counts').select(['reminder_day', 'mails']).execute(), [{ reminder_day: 3, mails: 4 }]);
    const counters = await ctx.db.selectFrom('invitations').select('reminders_sent').execute();
    assert.ok(counters.every((c) => c.reminders_sent === 0));
    assert.deepEqual([...(await tokensPer()).values()], [2, 2, 2, 2, 2, 2]);

    const admin = await ctx.as('admin');
    const page = await admin.get(`/utskick/${wave.waveId}`);
    assert.match(page.text, /påminnelser 3 dagar före stängning \(sammanräknade\)/);
    const mails = await admin.get('/admin/e-post');
    assert.doesNotMatch(mails.text, /Påminnelse/);
  });
});
