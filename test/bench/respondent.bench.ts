// Respondent side of a wave (issue 6, acceptance 4):
// 1. submits over HTTP (POST /svar/skicka of a finished draft → ballot), one at a time beside a raw better-sqlite3
//    baseline doing the same writes one at a time (real schema and rows, same statements and pragmas), and at
//    concurrency 8 for throughput;
// 2. the full respondent flow as a browser does it, with a fresh cookie jar each time: open the mailed link (303),
//    GET the 10-question page, POST the answers, follow the redirect to the review page — at concurrency 1 and 8.
// The app runs in its own process (SQLite file, production pragmas, cached views), so the load generator has its own core.
// Both are measured twice in one run: with group commit (db/group-commit.ts, the default) and without
// (SQLITE_GROUP_COMMIT=off), beside the raw baseline, and each goal of issue 17 is printed as MET or NOT MET.
// Run with `npm run bench respondent` or `npx tsx test/bench/respondent.bench.ts`; BENCH_SUBMITS and BENCH_FLOWS
// shrink the run, BENCH_PROF=1 writes a CPU profile of the server to /tmp/rprof.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
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
import { startFlags } from './compiled';
import { fmt, line, percentile } from './stats';

const SUBMITS = Number(process.env.BENCH_SUBMITS) || 2000;
const FLOWS_C8 = Number(process.env.BENCH_FLOWS) || 3000;
const FLOWS = { 1: Math.ceil(FLOWS_C8 / 8), 8: FLOWS_C8 } as const;
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

async function startServer(groupCommit: boolean): Promise<{ info: BenchServerInfo; pid: number; stop(): void }> {
  const script = fileURLToPath(import.meta.url);
  const prof = process.env.BENCH_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/rprof'] : [];
  const env = { ...process.env, SQLITE_GROUP_COMMIT: groupCommit ? 'on' : 'off' };
  // The server runs with the flags `npm start` gives production (a 4 MB young generation: test/bench/compiled.ts).
  const child = spawn(process.execPath, [...startFlags(), ...prof, '--import', 'tsx', script, SERVER_FLAG], { stdio: ['pipe', 'pipe', 'inherit'], env });
  const first = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`benchmark server exited (${code})`)));
  });
  return { info: JSON.parse(first) as BenchServerInfo, pid: child.pid!, stop: () => child.stdin!.end() };
}

/** CPU time (user + system) a process has used so far, in ms (Linux /proc; NaN elsewhere). */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
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

interface Figures { perSec: number; p99: number; ms: number }
interface Measured { submitC1: Figures; submitC8: Figures; cpuPerSubmitMs: number; flowC1: Figures; flowC8: Figures }

const figures = (n: number, r: { ms: number[]; totalMs: number }): Figures =>
  ({ perSec: n / (r.totalMs / 1000), p99: percentile(r.ms, 99), ms: r.totalMs / n });

/** One server (group commit on or off): submits at concurrency 1 and 8, then the full flow at 1 and 8. */
async function measure(groupCommit: boolean): Promise<Measured> {
  const { info, pid, stop } = await startServer(groupCommit);
  const client = new BenchClient(info.port, 8);
  try {
    // Warm-up (not measured): the JIT and the view cache of a fresh server, as a running server would have them.
    await runConcurrent(200, 8, (i) => flow(client, `/svar/${info.flow[i % Math.min(FLOW_LINKS, info.flow.length)]}`));
    const submitC1 = figures(SUBMITS, await timedSubmits(client, await submitSessions(client, info.submit.slice(0, SUBMITS)), 1));
    const sessions = await submitSessions(client, info.submit.slice(SUBMITS));
    const cpuBefore = cpuMs(pid);
    const submitC8 = figures(SUBMITS, await timedSubmits(client, sessions, 8));
    const cpuPerSubmitMs = (cpuMs(pid) - cpuBefore) / SUBMITS;
    const flows = async (concurrency: 1 | 8) => figures(FLOWS[concurrency], await runConcurrent(FLOWS[concurrency], concurrency,
      (i) => flow(client, `/svar/${info.flow[i % Math.min(FLOW_LINKS, info.flow.length)]}`)));
    const flowC1 = await flows(1);
    return { submitC1, submitC8, cpuPerSubmitMs, flowC1, flowC8: await flows(8) };
  } finally {
    client.close();
    stop();
  }
}

const met = (ok: boolean) => (ok ? 'MET' : 'NOT MET');
const rate = (f: Figures, unit: string) => `${fmt(f.perSec, 0)} ${unit}/s`;
const p99 = (f: Figures) => `p99 ${fmt(f.p99, 2)} ms`;

function report(label: string, m: Measured, rawMs: number): void {
  const ratio = (1000 / rawMs) / m.submitC8.perSec;
  process.stdout.write(`  -- ${label}
`);
  line('submits over HTTP, concurrency 1', rate(m.submitC1, 'submits'), `${fmt(m.submitC1.ms, 3)} ms each, ${p99(m.submitC1)}`);
  line('submits over HTTP, concurrency 8', rate(m.submitC8, 'submits'), `${p99(m.submitC8)}; CPU ${fmt(m.cpuPerSubmitMs, 3)} ms per submit`);
  line('  raw baseline ÷ HTTP at concurrency 8', `${fmt(ratio, 1)}×`, 'goal ≤ 3×');
  line('full respondent flow, concurrency 1', rate(m.flowC1, 'flows'), p99(m.flowC1));
  line('full respondent flow, concurrency 8', rate(m.flowC8, 'flows'), `${p99(m.flowC8)} (LimeSurvey ≈ 7/s)`);
  line('goal: submits ≥ 1 000/s at c8, p99 < 50 ms, ≤ 3× raw', met(m.submitC8.perSec >= 1000 && m.submitC8.p99 < 50 && ratio <= 3));
  line('goal: full flow ≥ 700/s at c8, p99 < 50 ms', met(m.flowC8.perSec >= 700 && m.flowC8.p99 < 50));
}

export async function run(): Promise<void> {
  const load = loadavg();
  const rawMs = await rawBaseline(SUBMITS);
  const on = await measure(true);
  const off = await measure(false);
  line('database', `sqlite in ${BENCH_DIR}`);
  line('server runtime', `node ${process.version} ${startFlags().join(' ')}`, 'production: Node 24 (scripts/node24 npm ci, then scripts/node24 npm run bench)');
  line('machine load average (1, 5, 15 min) at start', load.map((l) => fmt(l, 2)).join(' '), `now ${loadavg().map((l) => fmt(l, 2)).join(' ')}`);
  line('baseline', 'raw better-sqlite3, real schema and rows, same 3 statements in one transaction, one at a time');
  line('raw submit (baseline)', `${fmt(1000 / rawMs, 0)}/s`, `${fmt(rawMs, 3)} ms each`);
  const sealMs = sealingCost(benchForm);
  line('sealing one ballot (X25519 + HKDF + AES-GCM)', `${fmt(sealMs, 3)} ms`, `${fmt((sealMs * 100) / on.submitC1.ms, 1)} % of one HTTP submit`);
  report('group commit on (default)', on, rawMs);
  report('group commit off (SQLITE_GROUP_COMMIT=off)', off, rawMs);
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
