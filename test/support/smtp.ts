import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface TestSmtp {
  url: string;
  messages: (ParsedMail & { envelopeTo: string[]; raw: string })[];
  /** Recipients answered with a permanent 550 refusal. */
  reject: Set<string>;
  /** Recipients answered with a temporary 451 failure. */
  defer: Set<string>;
  waitFor(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** A real SMTP server on loopback (smtp-server), for mail tests and benchmarks. */
export async function startTestSmtp(opts: { parse?: boolean } = {}): Promise<TestSmtp> {
  const messages: TestSmtp['messages'] = [];
  const reject = new Set<string>();
  const defer = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, cb) {
      const to = address.address.toLowerCase();
      if (reject.has(to)) return cb(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
      if (defer.has(to)) return cb(Object.assign(new Error('Try again later'), { responseCode: 451 }));
      cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const envelopeTo = session.envelope.rcptTo.map((r) => r.address);
        const parsed = opts.parse === false ? ({} as ParsedMail) : await simpleParser(raw);
        messages.push(Object.assign(parsed, { envelopeTo, raw }));
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages, reject, defer,
    async waitFor(count, timeoutMs = 5000) {
      const start = Date.now();
      while (messages.length < count) {
        if (Date.now() - start > timeoutMs) throw new Error(`Expected ${count} messages, got ${messages.length}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
