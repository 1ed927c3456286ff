import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createMailer } from '../../server/mail/mailer';
import { drainOutbox } from '../../server/services/drain-outbox';
import { checkpointWal } from '../../server/services/maintenance';
import { sendDueReminders } from '../../server/services/waves/send-reminders';
import { sessionTokenOf } from '../../server/services/waves/tokens';
import { openWaveForTest } from '../answer/support';
import { testDialect } from '../support/database';
import { startTestSmtp, type TestSmtp } from '../support/smtp';
import { dumpLive, findInSnapshot, startFileApp, type FileApp } from './support';

// Attack 4 of issue 12: sent invitation and reminder bodies kept the raw answer token.
describe('anonymity: no stored row holds a sent token', () => {
  let app: FileApp;
  let smtp: TestSmtp;
  afterEach(async () => { app.ctx.deps.mailer.close(); await smtp.close(); await app.close(); });

  it('after the SMTP server accepted an invitation and a reminder, no table, column or file byte holds the token, its hash or its session token', async () => {
    smtp = await startTestSmtp();
    app = await startFileApp({ env: { SMTP_URL: smtp.url }, mailer: createMailer({ smtpUrl: smtp.url }) });
    const { ctx } = app;
    const wave = await openWaveForTest(ctx, { members: 3 });
    await drainOutbox(ctx.deps);
    ctx.clock.set(new Date(new Date(wave.closesAt).getTime() - 3 * 86_400_000 + 60_000));
    assert.equal((await sendDueReminders(ctx.deps)).queued, 3);
    await drainOutbox(ctx.deps);
    await smtp.waitFor(6);
    const tokens = smtp.messages.map((m) => /http:\/\/panel\.test\/svar\/([\w-]{43})/.exec(m.text!)![1]!);
    assert.equal(new Set(tokens).size, 6, 'every mail has its own link');

    await checkpointWal(ctx.deps);
    const snapshot = await dumpLive(ctx.db);
    const files = testDialect === 'sqlite' ? ['app.db', 'app.db-wal'].map((f) => path.join(app.dataDir, f)).filter(existsSync) : [];
    const bytes = files.map((f) => readFileSync(f).toString('latin1'));
    for (const token of tokens) {
      for (const needle of [token, createHash('sha256').update(token).digest('hex'), sessionTokenOf(token)]) {
        assert.deepEqual(findInSnapshot(snapshot, needle), [], `a stored cell holds ${needle}`);
        for (const [i, b] of bytes.entries()) assert.ok(!b.includes(needle), `${files[i]} holds ${needle}`);
      }
    }
    const outbox = await ctx.db.selectFrom('outbox').select(['to_address', 'sent_at', 'text', 'html']).execute();
    assert.equal(outbox.filter((o) => o.sent_at !== null).length, 6, 'who got what and when is kept');
    assert.ok(outbox.every((o) => o.text.includes('borttagen') && o.html.includes('borttagen')), 'the link is replaced by a Swedish placeholder');
  });
});
