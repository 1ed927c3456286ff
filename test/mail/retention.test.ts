import assert from 'node:assert/strict';
import { enqueueMail } from '../../server/mail/outbox';
import { drainOutbox } from '../../server/services/drain-outbox';
import { MAIL_BODY_RETENTION_DAYS } from '../../server/services/maintenance';
import { findJob } from '../../server/jobs';
import { createTestContext, type TestContext } from '../support/context';

describe('mail retention job (checklist 27)', () => {
  let ctx: TestContext;
  beforeEach(async () => { ctx = await createTestContext(); });
  afterEach(() => ctx.close());

  const mail = (key: string) => ({
    key, category: 'test', to: `${key}@kommun.example`, toName: 'Åsa Öberg', subject: `Ämne ${key}`,
    html: '<p>Hej Åsa! Din länk: http://panel.test/svar/abc</p>', text: 'Hej Åsa!', headers: { 'List-Unsubscribe': '<http://panel.test/x>' },
  });
  const rows = () => ctx.db.selectFrom('outbox').select(['unique_key', 'html', 'text', 'headers', 'to_address', 'subject', 'status', 'sent_at']).orderBy('id').execute();

  it(`empties bodies of mail sent more than ${MAIL_BODY_RETENTION_DAYS} days ago, keeps the record, leaves newer and queued mail alone`, async () => {
    await enqueueMail(ctx.db, mail('old'), ctx.clock.now());
    await drainOutbox(ctx.deps);
    ctx.clock.advanceMinutes(60 * 24 * (MAIL_BODY_RETENTION_DAYS - 1));
    await enqueueMail(ctx.db, mail('newer'), ctx.clock.now());
    await drainOutbox(ctx.deps);
    ctx.clock.advanceMinutes(60 * 24 * 2);
    await enqueueMail(ctx.db, mail('queued'), new Date(ctx.clock.now().getTime() - 200 * 86_400_000));

    const job = findJob('mail-retention');
    assert.deepEqual(await job.run(ctx.deps), { emptied: 1 });
    const [old, newer, queued] = await rows();
    assert.deepEqual([old!.html, old!.text, old!.headers], ['', '', null]);
    assert.deepEqual([old!.to_address, old!.subject, old!.status], ['old@kommun.example', 'Ämne old', 'sent'], 'who got what and when stays');
    assert.ok(old!.sent_at);
    assert.match(newer!.html, /Hej Åsa/);
    assert.equal(queued!.status, 'queued');
    assert.match(queued!.html, /Hej Åsa/, 'unsent mail is never emptied');
    assert.deepEqual(await job.run(ctx.deps), { emptied: 0 }, 'a second run changes nothing');
  });
});
