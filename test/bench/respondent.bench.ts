// Respondent side of a wave (issue 6, acceptance 4):
// 1. submits over HTTP (POST /svar/skicka of a finished draft → ballot) beside a raw better-sqlite3 baseline doing
//    the same writes (conditional update, ballot insert, draft delete) in one transaction with the same pragmas;
// 2. the full respondent flow as a browser does it, with a fresh cookie jar each time: open the mailed link (303),
//    GET the 10-question page, POST the answers, follow the redirect to the review page — at concurrency 1 and 8.
// The app runs in its own process (SQLite file, production pragmas, cached views), so the load generator has its own core.
// Run with `npm run bench respondent` or `npx tsx test/bench/respondent.bench.ts`.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openSqlite } from '../../db/database';
import { BenchClient, runConcurrent } from '../answer/bench-http';
import { BENCH_PAGE, benchForm } from '../answer/bench-survey';
import type { BenchServerInfo } from '../answer/bench-server';
import { csrfFrom, mergeCookies } from '../support/context';
import { fmt, line, percentile } from './stats';

const SUBMITS = Number(process.env.BENCH_SUBMITS) || 2000;
const FLOWS = { 1: 400, 8: 3000 } as const;
const FLOW_LINKS = 500;
const SERVER_FLAG = '--respondent-bench-server';
/** Where both SQLite files go. Every commit waits for fsync (synchronous = FULL), so the disk sets the ceiling for
 *  writes; BENCH_DIR=/dev/shm shows the CPU-bound figures. */
const BENCH_DIR = process.env.BENCH_DIR || tmpdir();

function expect(status: number, wanted: number, what: string): void {
  if (status !== wanted) throw new Error(`${what}: HTTP ${status}, expected ${wanted}`);
}

/** One browser: open the link, GET the page, POST the answers, follow the redirect. */
async function flow(client: BenchClient, link: string): Promise<void> {
  const opened = await client.request('GET', link, '');
  expect(opened.status, 303, 'link');
  let cookie = mergeCookies('', opened.cookies);
  const page = await client.request('GET', `/svar/sida/${BENCH_PAGE}`, cookie);
  expect(page.status, 200, 'page');
  cookie = mergeCookies(cookie, page.cookies);
  const posted = await client.request('POST', `/svar/sida/${BENCH_PAGE}`, cookie, { _csrf: csrfFrom(page.body), _action: 'next', ...benchForm });
  expect(posted.status, 303, 'post');
  expect((await client.request('GET', posted.location!, cookie)).status, 200, 'redirect');
}

/** The same writes as a submit, straight on better-sqlite3: the floor any HTTP submit is compared to. */
function rawBaseline(n: number): number {
  const file = path.join(BENCH_DIR, `respondent-raw-${process.pid}.db`);
  const db = openSqlite(file);
  db.exec(`create table invitations (id integer primary key, completed integer not null default 0);
    create table drafts (invitation_id integer primary key, answers text not null);
    create table ballots (id text primary key, wave_id integer not null, payload text not null);`);
  const payload = JSON.stringify({ answers: benchForm, bg: { landsdel: 'Östra Götaland' } });
  const seed = db.transaction(() => {
    for (let i = 1; i <= n; i++) {
      db.prepare('insert into invitations (id) values (?)').run(i);
      db.prepare('insert into drafts values (?, ?)').run(i, payload);
    }
  });
  seed();
  const complete = db.prepare('update invitations set completed = 1 where id = ? and completed = 0');
  const insert = db.prepare('insert into ballots values (?, ?, ?)');
  const drop = db.prepare('delete from drafts where invitation_id = ?');
  const submit = db.transaction((id: number) => {
    if (complete.run(id).changes === 1) { insert.run(randomUUID(), 1, payload); drop.run(id); }
  });
  const start = process.hrtime.bigint();
  for (let i = 1; i <= n; i++) submit.immediate(i);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  db.close();
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  return ms / n;
}

async function startServer(): Promise<{ info: BenchServerInfo; stop(): void }> {
  const script = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, [...(process.env.BENCH_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/rprof'] : []), '--import', 'tsx', script, SERVER_FLAG], { stdio: ['pipe', 'pipe', 'inherit'] });
  const first = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`benchmark server exited (${code})`)));
  });
  return { info: JSON.parse(first) as BenchServerInfo, stop: () => child.stdin!.end() };
}

export async function run(): Promise<void> {
  const rawMs = rawBaseline(SUBMITS);
  const { info, stop } = await startServer();
  const client = new BenchClient(info.port, 8);
  try {
    // Submits: each link opened once beforehand (cookie + form token), then only the POST is timed.
    const sessions: { cookie: string; csrf: string }[] = [];
    for (const link of info.submit) {
      const opened = await client.request('GET', `/svar/${link}`, '');
      const cookie = mergeCookies('', opened.cookies);
      const review = await client.request('GET', '/svar/granska', cookie);
      sessions.push({ cookie: mergeCookies(cookie, review.cookies), csrf: csrfFrom(review.body) });
    }
    const submits = await runConcurrent(SUBMITS, 8, async (i) => {
      const s = sessions[i]!;
      expect((await client.request('POST', '/svar/skicka', s.cookie, { _csrf: s.csrf })).status, 303, 'submit');
    });
    const perSubmitMs = submits.totalMs / SUBMITS;
    line('database', `${info.dialect} in ${BENCH_DIR}`);
    line('submits over HTTP (concurrency 8)', `${fmt(SUBMITS / (submits.totalMs / 1000), 0)}/s`, 'goal ≥ 1 000/s');
    line('  latency p50 / p99', `${fmt(percentile(submits.ms, 50), 2)} / ${fmt(percentile(submits.ms, 99), 2)} ms`, 'goal p99 < 50 ms');
    line('raw better-sqlite3 submit (same writes)', `${fmt(1000 / rawMs, 0)}/s`, `${fmt(rawMs, 3)} ms each`);
    line('  HTTP cost ÷ raw cost', `${fmt(perSubmitMs / rawMs, 1)}×`, 'goal ≤ 5×');

    for (const concurrency of [1, 8] as const) {
      const n = FLOWS[concurrency];
      const flows = await runConcurrent(n, concurrency, (i) => flow(client, `/svar/${info.flow[i % Math.min(FLOW_LINKS, info.flow.length)]}`));
      line(`full respondent flow, concurrency ${concurrency}`, `${fmt(n / (flows.totalMs / 1000), 0)} flows/s`,
        `p50 ${fmt(percentile(flows.ms, 50), 2)} ms, p99 ${fmt(percentile(flows.ms, 99), 2)} ms; goal ≥ 700/s (LimeSurvey ≈ 7/s)`);
    }
  } finally {
    client.close();
    stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes(SERVER_FLAG)) {
    const { startBenchServer } = await import('../answer/bench-server');
    await startBenchServer(SUBMITS, FLOW_LINKS, BENCH_DIR);
  } else {
    await run();
    process.exit(0);
  }
}
