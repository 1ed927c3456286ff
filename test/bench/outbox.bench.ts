// Outbox drain: messages per second through the real drain (lease rows, pooled nodemailer, mark sent) to a
// loopback SMTP server, beside a raw nodemailer loop sending the same messages (rendered beforehand, as the drain's
// were at enqueue) with the same pool in the same run.
// Run with `npm run bench outbox` or on its own: `npx tsx test/bench/outbox.bench.ts`.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import nodemailer from 'nodemailer';
import { invitationEmail } from '../../server/emails/waves/invitation';
import { enqueueMail } from '../../server/mail/outbox';
import { smtpTransportOptions } from '../../server/mail/mailer';
import { drainOutbox } from '../../server/services/drain-outbox';
import { createTestContext } from '../support/context';
import { fmt, line, timeIt } from './stats';

const N = 2000;
const CONCURRENCY = 8;
const GOAL = 500;

function message(i: number) {
  return invitationEmail({
    name: `Kontakt ${i}`, surveyTitle: 'Bemanning inför sommaren', body: 'Hej!\n\nÄldreomsorgspanelen har en ny enkät till dig.', subject: 'Ny enkät från Äldreomsorgspanelen',
    closesAt: new Date('2026-06-05T21:59:00Z'), answerUrl: `http://panel.test/svar/${'x'.repeat(43)}`, unsubscribeUrl: `http://panel.test/avregistrera/${i}.${'y'.repeat(43)}`,
  });
}

function ask<T>(child: ChildProcess, message?: string): Promise<T> {
  return new Promise((resolve) => {
    child.once('message', (m) => resolve(m as T));
    if (message) child.send(message);
  });
}

export async function run(): Promise<void> {
  const sink = fork(fileURLToPath(new URL('./smtp-sink.ts', import.meta.url)), [], { execArgv: ['--import', 'tsx'] });
  const smtp = await ask<{ url: string }>(sink);
  const ctx = await createTestContext({ env: { SMTP_URL: smtp.url } });
  try {
    await ctx.db.transaction().execute(async (trx) => {
      for (let i = 0; i < N; i++) {
        await enqueueMail(trx, { key: `bench:${i}`, category: 'bench', to: `k${i}@kommun.example`, ...message(i), headers: { 'List-Unsubscribe': '<http://panel.test/avregistrera/x>' } }, ctx.clock.now());
      }
    });
    const drainMs = await timeIt(() => drainOutbox(ctx.deps, { batch: 200, concurrency: CONCURRENCY }));
    const delivered = (await ask<{ count: number }>(sink, 'count')).count;
    if (delivered !== N) throw new Error(`drain delivered ${delivered} of ${N}`);

    // The baseline sends the same messages, rendered before the clock starts as the drain's were (at enqueue).
    const rendered = Array.from({ length: N }, (_, i) => message(i));
    const transport = nodemailer.createTransport(smtpTransportOptions(smtp.url, 5));
    const queue = Array.from({ length: N }, (_, i) => i);
    const rawMs = await timeIt(() => Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
        const m = rendered[i]!;
        await transport.sendMail({ from: ctx.config.mailFrom, to: `k${i}@kommun.example`, subject: m.subject, html: m.html, text: m.text, headers: { 'List-Unsubscribe': '<http://panel.test/avregistrera/x>' } });
      }
    })));
    transport.close();
    const drainRate = (N / drainMs) * 1000;
    const rawRate = (N / rawMs) * 1000;
    line(`outbox drain, ${N} messages`, `${fmt(drainRate, 0)} msg/s`, drainRate >= GOAL ? `goal ≥ ${GOAL}/s met` : `goal ≥ ${GOAL}/s NOT met`);
    line('baseline', 'raw nodemailer sendMail of the same pre-rendered messages, same pool of 5, no database');
    line(`raw nodemailer loop, same pool (${CONCURRENCY} in flight)`, `${fmt(rawRate, 0)} msg/s`, `drain costs ${fmt(rawRate / drainRate)}× raw`);
  } finally {
    ctx.deps.mailer.close();
    await ctx.close();
    sink.send('stop');
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run().then(() => process.exit(0));
