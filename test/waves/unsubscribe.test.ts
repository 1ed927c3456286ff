import assert from 'node:assert/strict';
import { sendDueReminders } from '../../server/services/waves/send-reminders';
import { openDueWaves } from '../../server/services/waves/open-waves';
import { createTestContext, csrfFrom, mergeCookies, type TestContext } from '../support/context';
import supertest from 'supertest';
import { addMembers, publishSurvey, scheduleTestWave, SVEALAND } from './support';

describe('waves: unsubscribe link and page', () => {
  let ctx: TestContext;
  let path: string;
  beforeEach(async () => {
    ctx = await createTestContext();
    await addMembers(ctx, SVEALAND);
    await scheduleTestWave(ctx, await publishSurvey(ctx), { reminderDays: [3] });
    ctx.clock.advanceMinutes(2);
    await openDueWaves(ctx.deps);
    const mail = await ctx.db.selectFrom('outbox').select(['text', 'headers']).where('to_address', '=', 'kontakt0114@kommun.example').executeTakeFirstOrThrow();
    path = new URL(/<(http:[^>]+)>/.exec(JSON.parse(mail.headers!)['List-Unsubscribe'])![1]!).pathname;
    assert.ok(mail.text.includes(`http://panel.test${path}`), 'the text part has the same link');
  });
  afterEach(() => ctx.close());

  it('asks first (a GET changes nothing), then unsubscribes on the button and stops queued survey mail', async () => {
    const page = await supertest(ctx.app).get(path);
    assert.equal(page.status, 200);
    assert.match(page.text, /kontakt0114@kommun\.example/);
    assert.match(page.text, /Avregistrera mig/);
    const contact = () => ctx.db.selectFrom('contacts').select(['id', 'unsubscribed']).where('email', '=', 'kontakt0114@kommun.example').executeTakeFirstOrThrow();
    assert.equal((await contact()).unsubscribed, 0, 'a link checker that opens the page unsubscribes nobody');

    const cookie = mergeCookies('', page.headers['set-cookie']);
    const done = await supertest(ctx.app).post(path).set('Cookie', cookie).type('form').send({ _csrf: csrfFrom(page.text) });
    assert.equal(done.status, 303);
    assert.equal(done.headers.location, '/avregistrerad');
    const c = await contact();
    assert.equal(c.unsubscribed, 1);
    const mail = await ctx.db.selectFrom('outbox').select('status').where('contact_id', '=', c.id).executeTakeFirstOrThrow();
    assert.equal(mail.status, 'cancelled', 'the invitation not yet sent is stopped');
    ctx.clock.set('2026-11-30T09:01:00Z');
    await sendDueReminders(ctx.deps);
    const reminders = await ctx.db.selectFrom('outbox').select('to_address').where('unique_key', 'like', 'remind:%').execute();
    assert.equal(reminders.length, 5);
    assert.ok(!reminders.some((r) => r.to_address === 'kontakt0114@kommun.example'));
    assert.match((await supertest(ctx.app).get(path)).text, /Du är redan avregistrerad/);
  });

  it('answers a forged or broken link with a Swedish 404 page', async () => {
    const forged = path.replace(/\.(.)/, (_m, c: string) => `.${c === 'A' ? 'B' : 'A'}`);
    const res = await supertest(ctx.app).get(forged);
    assert.equal(res.status, 404);
    assert.match(res.text, /Länken fungerar inte/);
    assert.equal((await supertest(ctx.app).get('/avregistrera/1')).status, 404);
  });
});
