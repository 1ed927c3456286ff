import assert from 'node:assert/strict';
import { createMailer } from '../../server/mail/mailer';
import { createTestContext, type TestContext } from '../support/context';
import { startTestSmtp, type TestSmtp } from '../support/smtp';
import { Respondent } from '../answer/support';
import { runJob, runTwice } from './jobs';
import { addMembers, publishSurvey, scheduleTestWave, SVEALAND } from './support';

const linkIn = (text: string) => new URL(/http:\/\/panel\.test\/svar\/[\w-]{43}/.exec(text)![0]).pathname;

async function answerAndSubmit(ctx: TestContext, link: string): Promise<void> {
  const r = new Respondent(ctx);
  const start = await r.open(link);
  assert.equal(start.status, 200);
  assert.equal((await r.get('/svar/sida/start')).status, 200);
  assert.equal((await r.post('/svar/sida/start', { _action: 'next', q_brist: 'ja', q_antal: '3' })).headers.location, '/svar/sida/atgarder');
  assert.equal((await r.post('/svar/sida/atgarder', { _action: 'next', q_gjort: ['bonus'] })).headers.location, '/svar/granska');
  const sent = await r.post('/svar/skicka');
  assert.equal(sent.status, 303);
  assert.equal(sent.headers.location, '/svar/tack');
}

describe('waves over real SMTP: invitations, answering, reminders, close (issue 6, acceptance 2)', () => {
  let smtp: TestSmtp;
  let ctx: TestContext;
  let waveId: number;
  beforeEach(async () => {
    smtp = await startTestSmtp();
    ctx = await createTestContext({ env: { SMTP_URL: smtp.url } });
    await addMembers(ctx, SVEALAND);
    waveId = await scheduleTestWave(ctx, await publishSurvey(ctx), { reminderDays: [3] });
    ctx.clock.advanceMinutes(2);
  });
  afterEach(async () => {
    ctx.deps.mailer.close();
    await ctx.close();
    await smtp.close();
  });

  it('receives the invitations, follows the link, submits; reminders reach only the others; every job twice sends nothing twice', async () => {
    await runTwice(ctx, 'wave-open');
    await runTwice(ctx, 'outbox-drain');
    await smtp.waitFor(6);
    assert.equal(smtp.messages.length, 6, 'one invitation per contact, even with the open job and the drain run twice');
    const invitation = smtp.messages.find((m) => m.envelopeTo[0] === 'kontakt0114@kommun.example')!;
    assert.equal(invitation.subject, 'Inbjudan till enkät');
    assert.match(invitation.text!, /Hej Kontakt 0114,/);
    assert.match(invitation.html as string, /lang="sv"/);
    const headers = invitation.raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
    assert.match(headers, /^List-Unsubscribe: <http:\/\/panel\.test\/avregistrera\/\d+\.[\w-]{43}>\r?$/m);
    const row = await ctx.db.selectFrom('outbox').select('message_id').where('unique_key', 'like', `invite:${waveId}:%`).where('to_address', '=', 'kontakt0114@kommun.example').executeTakeFirstOrThrow();
    assert.equal(invitation.messageId, row.message_id, 'the Message-ID is fixed by the outbox row');

    await answerAndSubmit(ctx, linkIn(invitation.text!));
    const opener = new Respondent(ctx);
    await opener.open(linkIn(smtp.messages.find((m) => m.envelopeTo[0] === 'kontakt0115@kommun.example')!.text!));

    const wavePage = await (await ctx.as('analyst')).get(`/utskick/${waveId}`);
    assert.match(wavePage.text, /<span class="stat__value">6<\/span>skickade/);
    assert.match(wavePage.text, /<span class="stat__value">2<\/span>har öppnat enkäten/);
    assert.match(wavePage.text, /<span class="stat__value">1<\/span>har skickat in/);
    assert.match(wavePage.text, /<span class="stat__value">17\u00a0%<\/span>svarsfrekvens/);

    ctx.clock.set('2026-11-30T09:01:00Z');
    await runTwice(ctx, 'wave-reminders');
    await runTwice(ctx, 'outbox-drain');
    await smtp.waitFor(11);
    const reminders = smtp.messages.slice(6);
    assert.equal(reminders.length, 5);
    assert.ok(reminders.every((m) => m.subject === 'Påminnelse: Inbjudan till enkät'));
    assert.ok(!reminders.some((m) => m.envelopeTo[0] === 'kontakt0114@kommun.example'), 'no reminder to the one who submitted');

    // The reminder's own link works too, and resumes the same invitation.
    await answerAndSubmit(ctx, linkIn(reminders.find((m) => m.envelopeTo[0] === 'kontakt0115@kommun.example')!.text!));

    ctx.clock.set(new Date(Date.parse('2026-12-03T09:00:00Z') + 7 * 86_400_000));
    await runTwice(ctx, 'wave-close');
    await runTwice(ctx, 'ballot-release');
    await runTwice(ctx, 'wave-reminders');
    await runTwice(ctx, 'outbox-drain');
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(smtp.messages.length, 11, 'nothing after close, and nothing twice');
    assert.equal((await ctx.db.selectFrom('ballots').selectAll().execute()).length, 0, 'every ballot released at close');
    assert.equal((await ctx.db.selectFrom('responses').selectAll().where('wave_id', '=', waveId).execute()).length, 2);
    assert.equal((await ctx.db.selectFrom('drafts').selectAll().execute()).length, 0, 'drafts deleted at close');
    assert.equal((await ctx.db.selectFrom('waves').select('status').where('id', '=', waveId).executeTakeFirstOrThrow()).status, 'closed');
    assert.equal(await runJob(ctx, 'wave-close').then((r) => (r as { closed: number[] }).closed.length), 0);
  });

  it('never logs a token: the invitation link, the answer cookie or the unsubscribe link (checklist 17)', async () => {
    await runJob(ctx, 'wave-open');
    await runJob(ctx, 'outbox-drain');
    await smtp.waitFor(6);
    const mail = smtp.messages[0]!;
    const link = linkIn(mail.text!);
    await answerAndSubmit(ctx, link);
    const unsubscribe = /http:\/\/panel\.test(\/avregistrera\/[\w.-]+)/.exec(mail.text!)![1]!;
    await ctx.anonymous().get(unsubscribe);
    const secrets = [link.split('/').pop()!, unsubscribe.split('/').pop()!.split('.')[1]!];
    assert.ok(ctx.logs.length > 5);
    for (const line of ctx.logs) for (const s of secrets) assert.ok(!line.includes(s), `log line holds a token: ${line}`);
    assert.ok(ctx.logs.some((l) => l.includes('"route":"/svar/:token"')), 'the request is logged by its route template');
    for (const line of ctx.logs) assert.doesNotMatch(line, /127\.0\.0\.1|::1|"ip"|user-agent|referer/i);
  });
});
