import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SMTPServer } from 'smtp-server';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** One `npm start`-like app process (server/main.ts through tsx) with its output kept as lines. */
export interface Instance { child: ChildProcess; port: number; lines: string[]; exited: Promise<number | NodeJS.Signals | null> }

export async function startInstance(env: Record<string, string>): Promise<Instance> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: String(port), DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'panel-instance-')), ...env },
  });
  const lines: string[] = [];
  let rest = '';
  const collect = (c: Buffer) => { const parts = (rest + String(c)).split('\n'); rest = parts.pop() ?? ''; lines.push(...parts); };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
  return { child, port, lines, exited };
}

export async function waitUntil(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface Delivery { to: string; subject: string; messageId: string }

/** A loopback SMTP server that records recipient, Subject and Message-ID of each message, answers each after
 *  `delayMs` (so a send takes long enough to be interrupted) and shrugs off clients killed mid-conversation. */
export async function startRecordingSmtp(delayMs: number) {
  const deliveries: Delivery[] = [];
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
    onData(stream, session, cb) {
      let head = '';
      stream.on('data', (c: Buffer) => { if (head.length < 8000) head += c.toString('utf8'); });
      stream.on('end', () => setTimeout(() => {
        const header = (name: string) => new RegExp(`^${name}:\\s*(.+)$`, 'im').exec(head.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' '))?.[1]?.trim() ?? '?';
        deliveries.push({ to: session.envelope.rcptTo[0]?.address ?? '?', subject: header('Subject'), messageId: header('Message-ID') });
        cb();
      }, delayMs));
    },
  });
  server.on('error', () => { /* a killed client resets its connection */ });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return { url: `smtp://127.0.0.1:${port}`, deliveries, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The JSON log lines of an instance with msg 'job finished' (LOG_LEVEL=debug). */
export function jobRuns(instance: Instance, id: number): { instance: number; job: string; ranAt: number; ranUntil: number; result: unknown }[] {
  return instance.lines.filter((l) => l.includes('"job finished"')).map((l) => {
    const e = JSON.parse(l) as { job: string; ranAt: number; ranUntil: number; result: unknown };
    return { instance: id, job: e.job, ranAt: e.ranAt, ranUntil: e.ranUntil, result: e.result };
  });
}
