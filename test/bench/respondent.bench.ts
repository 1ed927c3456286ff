// Respondent side of a wave (issue 6, acceptance 4):
// 1. submits over HTTP (POST /svar/skicka of a finished draft → ballot), one at a time beside a raw better-sqlite3
//    baseline doing the same writes one at a time (real schema and rows, same statements and pragmas), and at
//    concurrency 8 for throughput;
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
import { BENCH_PAGE, benchForm, benchSurvey } from '../answer/bench-survey';
import { invitations, type BenchServerInfo } from '../answer/bench-server';
import { publishSurvey } from '../answer/support';
import { draftKeyFor, sealDraft } from '../../server/services/answering/draft-seal';
import { newBoxKeyPair } from '../../server/security/sealed-box';
import { sealBallot } from '../../server/services/waves/ballot-box';
import { createTestContext, csrfFrom, mergeCookies } from '../support/context';
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

/** The same writes as a submit, straight on better-sqlite3: the floor any HTTP submit is compared to. The real
 *  migrated schema (with its indexes and foreign keys), real open waves and invitations with sealed drafts, the
 *  same pragmas, and the same statements as submitBallot: the conditional update (open wave), the ballot insert
 *  and the draft delete in one immediate transaction. Sequential, one at a time: milliseconds per submit. */
async function rawBaseline(n: number): Promise<number> {
  const file = path.join(BENCH_DIR, `respondent-raw-${process.pid}.db`);
  const ctx = await createTestContext({ sqliteFile: file });
  const versionId = await publishSurvey(ctx, benchSurvey);
  const created = await ctx.db.transaction().execute((trx) => invitations(trx, ctx, versionId, n));
  const payload = JSON.stringify({ answers: benchForm, bg: { landsdel: 'Östra Götaland' } });
  await ctx.db.insertInto('drafts').values(created.map((inv) => ({ invitation_id: inv.id, answers: sealDraft(draftKeyFor(`bench-${inv.id}`), inv.id, { answers: benchForm, page: null }), page_key: null }))).execute();
  const waveOf = new Map((await ctx.db.selectFrom('invitations').select(['id', 'wave_id']).execute()).map((r) => [r.id, r.wave_id]));
  await ctx.close();
  const db = openSqlite(file);
  const complete = db.prepare(`update invitations set completed = 1 where id = ? and completed = 0
    and wave_id in (select id from waves where status = 'open')`);
  const insert = db.prepare('insert into ballots (id, wave_id, payload) values (?, ?, ?)');
  const drop = db.prepare('delete from drafts where invitation_id = ?');
  const submit = db.transaction((id: number) => {
    if (complete.run(id).changes === 1) { insert.run(randomUUID(), waveOf.get(id)!, payload); drop.run(id); }
  });
  const start = process.hrtime.bigint();
  for (const inv of created) submit.immediate(inv.id);
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

/** Opens each link once (cookie + form token of the review page), so only the POST of the submit is timed. */
async function submitSessions(client: BenchClient, links: string[]): Promise<{ cookie: string; csrf: string }[]> {
  const sessions: { cookie: string; csrf: string }[] = [];
  for (const link of links) {
    const opened = await client.request('GET', `/svar/${link}`, '');
    const cookie = mergeCookies('', opened.cookies);
    const review = await client.request('GET', '/svar/granska', cookie);
    sessions.push({ cookie: mergeCookies(cookie, review.cookies), csrf: csrfFrom(review.body) });
  }
  return sessions;
}

/** The CPU cost of sealing one ballot to a wave's public key, the only new work a submit does for the sealed box. */
function sealingCost(answers: unknown): number {
  const { publicKey } = newBoxKeyPair();
  const payload = { answers: answers as never, bg: { landsdel: 'Svealand' } };
  for (let i = 0; i < 200; i++) sealBallot(publicKey, 1, payload);
  const n = 2000;
  const started = performance.now();
  for (let i = 0; i < n; i++) sealBallot(publicKey, 1, payload);
  return (performance.now() - started) / n;
}

async function timedSubmits(client: BenchClient, sessions: { cookie: string; csrf: string }[], concurrency: number) {
  return runConcurrent(sessions.length, concurrency, async (i) => {
    const s = sessions[i]!;
    expect((await client.request('POST', '/svar/skicka', s.cookie, { _csrf: s.csrf })).status, 303, 'submit');
  });
}

export async function run(): Promise<void> {
  const rawMs = await rawBaseline(SUBMITS);
  const { info, stop } = await startServer();
  const client = new BenchClient(info.port, 8);
  try {
    // The first half of the links is submitted one at a time (compared with the sequential raw baseline),
    // the second half eight at a time (throughput).
    const sequential = await timedSubmits(client, await submitSessions(client, info.submit.slice(0, SUBMITS)), 1);
    const concurrent = await timedSubmits(client, await submitSessions(client, info.submit.slice(SUBMITS)), 8);
    line('database', `${info.dialect} in ${BENCH_DIR}`);
    line('baseline', 'raw better-sqlite3, real schema and rows, same 3 statements in one transaction, one at a time');
    line('raw submit (baseline)', `${fmt(rawMs, 3)} ms each`, `${fmt(1000 / rawMs, 0)}/s`);
    line('submits over HTTP, one at a time', `${fmt(sequential.totalMs / SUBMITS, 3)} ms each`,
      `p50 ${fmt(percentile(sequential.ms, 50), 2)} ms, p99 ${fmt(percentile(sequential.ms, 99), 2)} ms`);
    line('  HTTP cost ÷ raw cost (both sequential)', `${fmt(sequential.totalMs / SUBMITS / rawMs, 1)}×`, 'goal ≤ 5×');
    const sealMs = sealingCost(benchForm);
    line('sealing one ballot (X25519 + HKDF + AES-GCM)', `${fmt(sealMs, 3)} ms`,
      `${fmt((sealMs * 100) / (sequential.totalMs / SUBMITS), 1)} % of one HTTP submit (goal ≤ 20 %)`);
    line('submits over HTTP (concurrency 8)', `${fmt(SUBMITS / (concurrent.totalMs / 1000), 0)}/s`,
      `goal ≥ 1 000/s; p99 ${fmt(percentile(concurrent.ms, 99), 2)} ms (goal < 50 ms); raw does ${fmt(1000 / rawMs, 0)}/s`);

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
    await startBenchServer(2 * SUBMITS, FLOW_LINKS, BENCH_DIR);
  } else {
    await run();
    process.exit(0);
  }
}
