import { itOnSqlite } from '../../support/dialect';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hashSessionToken, sessionTokenOf } from '../../../server/services/waves/tokens';
import { createTestContext, TEST_BALLOT_KEY } from '../../support/context';
import { killHard, startServerProcess } from '../../support/server-process';
import { Answerer, countsInFile, openWaveWithMembers } from './support';

const RESPONDENTS = 40;

describe('crash proof: SIGKILL of the real server during a burst of submits (checklist 22)', () => {
  // SQLite only: the server process opens the same SQLite file
  itOnSqlite('every answered 303 has its ballot, no completion without a ballot or the reverse, integrity ok, and the app starts again', async function () {
    this.timeout(300_000);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'panel-crash-'));
    const file = path.join(dir, 'app.db');
    // Token hashes are keyed with SESSION_SECRET and wave keys are sealed under BALLOT_KEY: the test context that
    // opens the wave and the server processes must share both, or no mailed link is found and no ballot opens.
    const env = {
      DATABASE_URL: `sqlite:${file}`, DATA_DIR: dir, SESSION_SECRET: 's'.repeat(40), BALLOT_KEY: TEST_BALLOT_KEY, NODE_ENV: 'development', BASE_URL: 'http://panel.test',
    };
    const ctx = await createTestContext({ sqliteFile: file, env: { SESSION_SECRET: env.SESSION_SECRET, BALLOT_KEY: env.BALLOT_KEY } });
    await ctx.as('editor'); // a staff user: the server does not seed the demo
    const { waveId, links } = await openWaveWithMembers(ctx, RESPONDENTS);
    await ctx.close();
    assert.equal(links.length, RESPONDENTS);

    let server = await startServerProcess(env);
    const people = links.map(() => new Answerer(server.baseUrl));
    await Promise.all(people.map((p, i) => p.prepare(links[i]!)));

    // The burst: every send button at once; the process is killed once the first answers have come back.
    const answered: boolean[] = new Array(RESPONDENTS).fill(false);
    let settled = 0;
    const burst = people.map((p, i) => p.submit().then((ok) => { answered[i] = ok; }, () => {}).finally(() => { settled++; }));
    while (settled < 3) await new Promise((r) => setTimeout(r, 1));
    await killHard(server);
    await Promise.all(burst);
    const accepted = answered.filter(Boolean).length;
    assert.ok(accepted >= 1 && accepted < RESPONDENTS, `killed mid-burst (${accepted} of ${RESPONDENTS} answered 303)`);

    const after = countsInFile(file, waveId);
    assert.equal(after.integrity, 'ok');
    assert.equal(after.waiting + after.released, after.completed, 'as many ballot rows as completions');
    assert.ok(after.completed >= accepted, `${accepted} answered 303, only ${after.completed} completions`);
    const BetterSqlite3 = (await import('better-sqlite3')).default;
    const db = new BetterSqlite3(file, { readonly: true });
    for (const [i, link] of links.entries()) {
      if (!answered[i]) continue;
      const row = db.prepare('select i.completed from invitation_tokens t join invitations i on i.id = t.invitation_id where t.token_hash = ?').get(hashSessionToken(env.SESSION_SECRET, sessionTokenOf(link.split('/').pop()!))) as { completed: number } | undefined;
      assert.equal(row?.completed, 1, `respondent ${i} got 303 but is not completed`);
    }
    db.close();

    // Restarted: the others can still send, once; the counts still match.
    server = await startServerProcess(env);
    for (const p of people) p.target = server.baseUrl;
    try {
      assert.equal((await fetch(`${server.baseUrl}/healthz`)).status, 200);
      for (const [i, p] of people.entries()) if (!answered[i]) await p.submit();
      await Promise.all(people.map((p) => p.submit())); // a second press by everyone changes nothing
    } finally {
      await killHard(server);
    }
    const final = countsInFile(file, waveId);
    assert.equal(final.integrity, 'ok');
    assert.equal(final.completed, RESPONDENTS, 'everyone has sent exactly once');
    assert.equal(final.waiting + final.released, RESPONDENTS, 'one ballot row per respondent');
  });
});
