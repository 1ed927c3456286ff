import assert from 'node:assert/strict';
import { sendDueReminders } from '../../server/services/waves/send-reminders';
import { createTestContext, type TestContext } from '../support/context';
import { answerLinks, openWaveForTest, Respondent } from './support';

// The draft key comes from the link, and every reminder has a link of its own (docs/ANONYMITY.md, "Drafts").
describe('answering: a draft and the member\'s other links', () => {
  let ctx: TestContext;
  afterEach(() => ctx.close());

  it('the same browser (its answer cookie still valid) keeps its draft through a reminder link; another browser is told to use the first link', async () => {
    ctx = await createTestContext();
    const wave = await openWaveForTest(ctx, { members: 3 });
    const invitation = (await answerLinks(ctx))[0]!;
    const reminderAt = new Date(wave.closesAt).getTime() - 3 * 86_400_000 + 60_000;
    ctx.clock.set(new Date(reminderAt - 3600_000));
    const first = new Respondent(ctx);
    await first.open(invitation);
    await first.get('/svar/sida/start');
    await first.post('/svar/sida/start', { _action: 'next', q_brist: 'ja', q_antal: '15' });
    await first.post('/svar/sida/orsak', { _action: 'save', q_varfor: 'Få sökande' });

    ctx.clock.set(new Date(reminderAt));
    await sendDueReminders(ctx.deps);
    const mail = await ctx.db.selectFrom('outbox').select('text').where('unique_key', 'like', 'remind:%').where('to_address', '=', 'kontakt0@kommun0114.example').executeTakeFirstOrThrow();
    const reminder = new URL(/http:\/\/panel\.test\/svar\/[\w-]{43}/.exec(mail.text)![0]).pathname;

    const same = await first.open(reminder);
    assert.match(same.text, /Fortsätt där du slutade/);
    assert.match((await first.get('/svar/sida/orsak')).text, /Få sökande/);

    const other = new Respondent(ctx);
    const elsewhere = await other.open(reminder);
    assert.match(elsewhere.text, /Du har sparade svar från en annan länk/);
    assert.match(elsewhere.text, /Börja svara/);
    assert.doesNotMatch((await other.get('/svar/sida/start')).text, /value="15"/);

    const back = new Respondent(ctx);
    assert.match((await back.open(invitation)).text, /Fortsätt där du slutade/, 'the first link opens the draft in any browser');
  });
});
