import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMailer } from '../../server/mail/mailer';
import { drainOutbox } from '../../server/services/drain-outbox';
import { closeDueWaves } from '../../server/services/waves/close-waves';
import { createTestContext, type TestContext } from '../support/context';
import { itOnSqlite } from '../support/dialect';
import { startTestSmtp } from '../support/smtp';
import { answerLinks, openWaveForTest, Respondent } from './support';

const RACE_SERVER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'race-server.ts');

/** Another app process on the same SQLite file (its own connection); resolves with its port and a stop. */
const children = new Set<ReturnType<typeof spawn>>();
function startAppProcess(file: string): Promise<{ port: number; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', RACE_SERVER, file], { stdio: ['pipe', 'pipe', 'inherit'] });
  children.add(child);
  child.on('exit', () => children.delete(child));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.stdout.once('data', (chunk: Buffer) => resolve({ port: Number(String(chunk).trim()), stop: () => { child.stdin.end(); return exited; } }));
  });
}

/** Submits the respondent's review page `times` times at once, spread over the given ports; the statuses. */
async function raceSubmits(r: Respondent, ports: number[], times: number): Promise<number[]> {
  const results = await Promise.all(Array.from({ length: times }, (_, i) => fetch(`http://127.0.0.1:${ports[i % ports.length]}/svar/skicka`, {
    method: 'POST', redirect: 'manual', headers: { cookie: r.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: r.csrf }),
  })));
  return results.map((res) => res.status).sort();
}

/** Fills the sample survey with valid answers and stops at the review page. */
async function answerAll(r: Respondent, link: string): Promise<void> {
  await r.open(link);
  await r.get('/svar/sida/start');
  await r.post('/svar/sida/start', { _action: 'next', q_brist: 'ja', q_antal: '4' });
  await r.post('/svar/sida/atgarder', { _action: 'next', q_gjort: 'bonus' });
  await r.get('/svar/granska');
}

describe('answering: ballot box', () => {
  let ctx: TestContext;
  afterEach(() => {
    for (const child of children) child.kill(); // a test that timed out leaves its app processes behind
    return ctx.close();
  });

  it('receives the invitation over real SMTP, follows the link, answers, submits; closing releases the ballot', async () => {
    const smtp = await startTestSmtp();
    ctx = await createTestContext();
    (ctx.deps as { mailer: unknown }).mailer = createMailer({ smtpUrl: smtp.url });
    try {
      const wave = await openWaveForTest(ctx, { members: 3 });
      await drainOutbox(ctx.deps);
      await smtp.waitFor(3);
      const mail = smtp.messages.find((m) => m.envelopeTo[0] === 'kontakt0@kommun0114.example')!;
      const link = new URL(/http:\/\/panel\.test\/svar\/[\w-]{43}/.exec(mail.text!)![0]).pathname;
      const r = new Respondent(ctx);
      await answerAll(r, link);
      assert.equal((await r.post('/svar/skicka')).headers.location, '/svar/tack');
      const counts = await ctx.db.selectFrom('invitations').select(['opened', 'completed']).orderBy('id').execute();
      assert.deepEqual(counts.map((c) => [c.opened, c.completed]), [[1, 1], [0, 0], [0, 0]]);
      ctx.clock.set(wave.closesAt);
      await closeDueWaves(ctx.deps);
      assert.equal((await ctx.db.selectFrom('ballots').selectAll().execute()).length, 0);
      const responses = await ctx.db.selectFrom('responses').selectAll().execute();
      assert.equal(responses.length, 1);
      // The wave breaks down by landsdel only, and a lone respondent (fewer than k share its landsdel) carries nothing.
      const { bg_landsdel, bg_huvudgrupp, bg_kommungrupp, bg_lan, bg_storleksklass } = responses[0]!;
      assert.deepEqual({ bg_landsdel, bg_huvudgrupp, bg_kommungrupp, bg_lan, bg_storleksklass },
        { bg_landsdel: null, bg_huvudgrupp: null, bg_kommungrupp: null, bg_lan: null, bg_storleksklass: null });
    } finally {
      ctx.deps.mailer.close();
      await smtp.close();
    }
  });

  it('20 concurrent submits of one link give exactly one ballot', async () => {
    ctx = await createTestContext();
    await openWaveForTest(ctx);
    const link = (await answerLinks(ctx))[2]!;
    const r = new Respondent(ctx);
    await answerAll(r, link);
    const server = ctx.app.listen(0);
    try {
      const statuses = await raceSubmits(r, [(server.address() as { port: number }).port], 20);
      assert.equal(statuses.filter((s) => s === 303).length, 1, statuses.join(','));
      assert.ok(statuses.every((s) => s === 303 || s === 200), statuses.join(','));
    } finally {
      server.close();
    }
    assert.equal((await ctx.db.selectFrom('ballots').selectAll().execute()).length, 1);
  });

  // One process serialises SQLite on its single connection; here three app processes (this one and two
  // more), each with its own connection to one database file, take the same submit at once.
  itOnSqlite('20 concurrent submits of one link over three processes on one SQLite file give exactly one ballot', async function () {
    this.timeout(300_000); // two processes start tsx and the app
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'panel-race-')), 'app.db');
    ctx = await createTestContext({ sqliteFile: file });
    await openWaveForTest(ctx);
    const link = (await answerLinks(ctx))[2]!;
    const r = new Respondent(ctx);
    await answerAll(r, link);
    const apps = await Promise.all([1, 2].map(() => startAppProcess(file)));
    const server = ctx.app.listen(0);
    try {
      const statuses = await raceSubmits(r, [(server.address() as { port: number }).port, ...apps.map((a) => a.port)], 20);
      assert.equal(statuses.filter((s) => s === 303).length, 1, statuses.join(','));
      // Every loser is told the answers were already sent (200), also one whose process read the draft after the
      // winner's commit deleted it.
      assert.ok(statuses.every((s) => s === 303 || s === 200), statuses.join(','));
    } finally {
      server.close();
      await Promise.all(apps.map((a) => a.stop()));
    }
    assert.equal((await ctx.db.selectFrom('ballots').selectAll().execute()).length, 1);
    assert.equal((await ctx.db.selectFrom('invitations').select('completed').where('completed', '=', 1).execute()).length, 1);
  });

  it('no log line holds the token, the answer cookie, an address or a user agent', async () => {
    ctx = await createTestContext();
    await openWaveForTest(ctx);
    const link = (await answerLinks(ctx))[0]!;
    const r = new Respondent(ctx);
    await answerAll(r, link);
    const cookie = /svar=([^;]+)/.exec(r.cookie)?.[1]; // taken before the submit, which may clear it
    assert.ok(cookie && cookie.length >= 16, `the respondent has an answer cookie: ${r.cookie}`);
    assert.equal((await r.post('/svar/skicka')).headers.location, '/svar/tack');
    const logs = ctx.logs.join('\n');
    assert.ok(ctx.logs.some((l) => l.includes('/svar/:token')), 'respondent requests are logged by route template');
    assert.ok(!logs.includes(link.slice('/svar/'.length)), 'token in a log line');
    assert.ok(!logs.includes(cookie), 'cookie in a log line');
    assert.doesNotMatch(logs, /127\.0\.0\.1|::ffff|::1|user-?agent|referer/i);
  });

  it('no table a respondent writes has a column for an address, user agent or referrer; ballots and responses link to nobody', async () => {
    ctx = await createTestContext();
    const tables = await ctx.db.introspection.getTables();
    const columns = tables.flatMap((t) => t.columns.map((c) => `${t.name}.${c.name}`));
    assert.deepEqual(columns.filter((c) => /(^|\.|_)(ip|ip_address|user_agent|referr?er)$/.test(c)), []);
    for (const table of ['ballots', 'responses', 'answers', 'free_texts']) {
      const names = tables.find((t) => t.name === table)!.columns.map((c) => c.name);
      assert.deepEqual(names.filter((n) => /contact|invitation|token|kommunkod|municipal|_at$|time|date|created|sent/.test(n)), [], table);
    }
    const drafts = tables.find((t) => t.name === 'drafts')!.columns.map((c) => c.name).sort();
    assert.deepEqual(drafts, ['answers', 'invitation_id', 'page_key'], 'a draft has no time either');
  });
});
