import assert from 'node:assert/strict';
import net from 'node:net';
import { createMailer } from '../../server/mail/mailer';
import { enqueueMail } from '../../server/mail/outbox';
import { drainOutbox } from '../../server/services/drain-outbox';
import { createTestContext, type TestContext } from '../support/context';
import { startTestSmtp, type TestSmtp } from '../support/smtp';

describe('outbox and mail drain (real loopback SMTP)', () => {
  let smtp: TestSmtp;
  let ctx: TestContext;
  beforeEach(async () => {
    smtp = await startTestSmtp();
    ctx = await createTestContext({ mailer: createMailer({ smtpUrl: 'smtp://127.0.0.1:9' }) });
    (ctx.deps as { mailer: unknown }).mailer = createMailer({ smtpUrl: smtp.url });
  });
  afterEach(async () => {
    ctx.deps.mailer.close();
    await ctx.close();
    await smtp.close();
  });

  const mail = (key: string, to = 'kontakt@kommun.example') => ({
    key, category: 'test', to, toName: 'Åsa Öberg', subject: 'Inbjudan – enkät om bemanning', html: '<p>Hej Åsa!</p>', text: 'Hej Åsa!',
    headers: { 'List-Unsubscribe': '<http://panel.test/avregistrera/x>' },
  });

  it('sends a queued message once, with its fixed Message-ID, Swedish text intact', async () => {
    assert.equal(await enqueueMail(ctx.db, mail('k1'), ctx.clock.now()), true);
    assert.equal(await enqueueMail(ctx.db, mail('k1'), ctx.clock.now()), false, 'same key queues once');
    const first = await drainOutbox(ctx.deps);
    const second = await drainOutbox(ctx.deps);
    assert.deepEqual([first.sent, second.sent], [1, 0]);
    assert.equal(smtp.messages.length, 1);
    const m = smtp.messages[0]!;
    assert.equal(m.subject, 'Inbjudan – enkät om bemanning');
    assert.match(m.messageId!, /^<[0-9a-f]{32}@aldreomsorgspanelen\.example>$/);
    assert.match(m.raw, /^List-Unsubscribe: <http:\/\/panel\.test\/avregistrera\/x>\r?$/m);
    assert.equal(m.text?.trim(), 'Hej Åsa!');
    const row = await ctx.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
    assert.equal(row.status, 'sent');
    assert.equal(`${row.message_id}`, m.messageId);
  });

  it('two drains at the same time never send a message twice', async () => {
    for (let i = 0; i < 40; i++) await enqueueMail(ctx.db, mail(`p${i}`, `p${i}@kommun.example`), ctx.clock.now());
    const [a, b] = await Promise.all([drainOutbox(ctx.deps, { batch: 7 }), drainOutbox(ctx.deps, { batch: 7 })]);
    assert.equal(a.sent + b.sent, 40);
    assert.equal(smtp.messages.length, 40);
    assert.equal(new Set(smtp.messages.map((m) => m.envelopeTo[0])).size, 40);
  });

  it('retries a temporary failure with back-off and marks a permanent one failed and the contact bounced', async () => {
    const member = await ctx.db.insertInto('panel_members').values({ kommunkod: '0114', status: 'active', joined_on: '2024-03-15', left_on: null, status_reason: null, created_at: 'x' }).returning('id').executeTakeFirstOrThrow();
    const contact = await ctx.db.insertInto('contacts').values({ member_id: member.id, role: 'primary', name: 'A', title: null, email: 'fel@kommun.example', phone: null, valid_from: '2024-03-15', valid_to: null }).returning('id').executeTakeFirstOrThrow();
    smtp.reject.add('fel@kommun.example');
    smtp.defer.add('senare@kommun.example');
    await enqueueMail(ctx.db, { ...mail('bad', 'fel@kommun.example'), contactId: contact.id }, ctx.clock.now());
    await enqueueMail(ctx.db, mail('later', 'senare@kommun.example'), ctx.clock.now());
    const r = await drainOutbox(ctx.deps);
    assert.deepEqual([r.sent, r.failed, r.retried], [0, 1, 1]);
    const bad = await ctx.db.selectFrom('outbox').selectAll().where('unique_key', '=', 'bad').executeTakeFirstOrThrow();
    assert.equal(bad.status, 'failed');
    const c = await ctx.db.selectFrom('contacts').select('bounced').where('id', '=', contact.id).executeTakeFirstOrThrow();
    assert.equal(c.bounced, 1);
    const later = await ctx.db.selectFrom('outbox').selectAll().where('unique_key', '=', 'later').executeTakeFirstOrThrow();
    assert.equal(later.status, 'queued');
    assert.equal(later.attempts, 1);
    assert.equal(later.next_attempt_at, new Date(ctx.clock.now().getTime() + 60_000).toISOString());
    assert.equal((await drainOutbox(ctx.deps)).sent, 0, 'not before the back-off has passed');
    smtp.defer.clear();
    ctx.clock.advanceMinutes(2);
    assert.equal((await drainOutbox(ctx.deps)).sent, 1);
  });

  it('a mail server that refuses the connection means a retry later, not a failure or a hang', async () => {
    const closed = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    ctx.deps.mailer.close();
    (ctx.deps as { mailer: unknown }).mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${closed}` });
    await enqueueMail(ctx.db, mail('refused'), ctx.clock.now());
    assert.deepEqual(await drainOutbox(ctx.deps), { sent: 0, retried: 1, failed: 0 });
    const row = await ctx.db.selectFrom('outbox').select(['status', 'attempts']).executeTakeFirstOrThrow();
    assert.deepEqual(row, { status: 'queued', attempts: 1 });
  });
});
