import assert from 'node:assert/strict';
import supertest from 'supertest';
import { createTestContext, type TestContext } from '../support/context';
import { startTestSmtp, type TestSmtp } from '../support/smtp';
import { runJob } from './jobs';
import { addMembers, publishSurvey, scheduleTestWave, SVEALAND } from './support';

/** The header block of a received message, folded lines joined. */
const headerBlock = (raw: string) => raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');

describe('waves: one-click unsubscribe (RFC 8058)', () => {
  let smtp: TestSmtp;
  let ctx: TestContext;
  beforeEach(async () => {
    smtp = await startTestSmtp();
    ctx = await createTestContext({ env: { SMTP_URL: smtp.url, BASE_URL: 'https://panel.test' } });
    await addMembers(ctx, SVEALAND);
    await scheduleTestWave(ctx, await publishSurvey(ctx), { reminderDays: [3] });
    ctx.clock.advanceMinutes(2);
    await runJob(ctx, 'wave-open');
    await runJob(ctx, 'outbox-drain');
    await smtp.waitFor(6);
  });
  afterEach(async () => {
    ctx.deps.mailer.close();
    await ctx.close();
    await smtp.close();
  });

  const contact = () => ctx.db.selectFrom('contacts').select(['id', 'unsubscribed']).where('email', '=', 'kontakt0114@kommun.example').executeTakeFirstOrThrow();

  it('sends List-Unsubscribe-Post with an HTTPS List-Unsubscribe URL that a mailbox provider can POST to without a CSRF token, idempotently', async () => {
    const mail = smtp.messages.find((m) => m.envelopeTo[0] === 'kontakt0114@kommun.example')!;
    const headers = headerBlock(mail.raw);
    assert.match(headers, /^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    const url = /^List-Unsubscribe: <(https:\/\/panel\.test\/avregistrera\/[^>]+)>\r?$/m.exec(headers)?.[1];
    assert.ok(url, headers);
    const path = new URL(url).pathname;

    // What the provider sends: no cookie, no token, just the one-click body.
    const oneClick = () => supertest(ctx.app).post(path).type('form').send('List-Unsubscribe=One-Click');
    const first = await oneClick();
    assert.equal(first.status, 200, first.text);
    assert.equal((await contact()).unsubscribed, 1);
    const second = await oneClick();
    assert.equal(second.status, 200, 'a second POST is answered the same way');
    const audits = await ctx.db.selectFrom('audit_log').select('id').where('action', '=', 'panel.contact.unsubscribe').execute();
    assert.equal(audits.length, 1, 'and changes nothing');
  });

  it('is authenticated by the link\'s HMAC alone: a forged or another contact\'s signature unsubscribes nobody', async () => {
    const mail = smtp.messages.find((m) => m.envelopeTo[0] === 'kontakt0114@kommun.example')!;
    const path = new URL(/<(https:[^>]+)>/.exec(headerBlock(mail.raw))![1]!).pathname;
    const [, id, sig] = /\/avregistrera\/(\d+)\.([\w-]+)$/.exec(path)!;
    for (const forged of [`/avregistrera/${Number(id) + 1}.${sig}`, `/avregistrera/${id}.${sig!.slice(1)}A`, `/avregistrera/${id}`]) {
      const res = await supertest(ctx.app).post(forged).type('form').send('List-Unsubscribe=One-Click');
      assert.equal(res.status, 404, forged);
    }
    const still = await ctx.db.selectFrom('contacts').select('id').where('unsubscribed', '=', 1).execute();
    assert.deepEqual(still, []);
  });
});
