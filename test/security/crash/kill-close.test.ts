import { itOnSqlite } from '../../support/dialect';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRng } from '../../../scripts/seed/demo-data/random';
import { createTestContext, TEST_BALLOT_KEY } from '../../support/context';
import { Answerer, countsInFile, openWaveWithMembers } from './support';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const WAVES = 6;
const PER_WAVE = 8;

const closedCount = (file: string) => {
  const db = new BetterSqlite3(file, { readonly: true });
  try { return Number((db.prepare("select count(*) as n from waves where status = 'closed'").get() as { n: number }).n); } finally { db.close(); }
};

/** The real `wave-close` job entry point in its own process. With `killAfterMs`, it is killed that many ms
 *  after it has closed its first wave (so the kill lands inside the job, between or within later waves). */
function runClose(env: Record<string, string>, file: string, killAfterMs?: number): Promise<NodeJS.Signals | number | null> {
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', "import('./server/jobs/run-job.ts').then((m) => m.runJob('wave-close'))"], {
    cwd: ROOT, env: { ...process.env, ...env }, stdio: 'ignore',
  });
  const before = closedCount(file);
  const poll = killAfterMs === undefined ? undefined : setInterval(() => {
    if (closedCount(file) === before) return;
    clearInterval(poll);
    setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  }, 1);
  return new Promise((resolve) => child.on('exit', (code, signal) => { if (poll) clearInterval(poll); resolve(signal ?? code); }));
}

describe('crash proof: SIGKILL during the wave-close job (checklist 22)', () => {
  // SQLite only: the job process opens the same SQLite file
  itOnSqlite('killed at random moments: each wave is either still open with its ballots or closed with all released; integrity ok', async function () {
    this.timeout(300_000);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'panel-close-')), 'app.db');
    const ctx = await createTestContext({ sqliteFile: file });
    const waves: number[] = [];
    for (let w = 0; w < WAVES; w++) {
      const { waveId, links } = await openWaveWithMembers(ctx, PER_WAVE, `Våg ${w}`);
      waves.push(waveId);
      for (const link of links.slice(0, PER_WAVE - 2)) {
        const a = new Answerer(ctx.app);
        await a.prepare(link);
        assert.ok(await a.submit());
      }
    }
    await ctx.db.updateTable('waves').set({ closes_at: '2000-01-01T00:00:00.000Z' }).execute();
    await ctx.close();

    // The same ballot key as the test context that opened the waves: without it no wave key can be unsealed at close.
    const env = { DATABASE_URL: `sqlite:${file}`, NODE_ENV: 'test', LOG_LEVEL: 'silent', JOBS: 'off', BALLOT_KEY: TEST_BALLOT_KEY };
    const check = () => {
      for (const waveId of waves) {
        const c = countsInFile(file, waveId);
        assert.equal(c.integrity, 'ok');
        assert.equal(c.completed, PER_WAVE - 2);
        if (c.status === 'closed') assert.deepEqual([c.waiting, c.released], [0, c.completed], `wave ${waveId} closed with every ballot released`);
        else assert.equal(c.waiting + c.released, c.completed, `wave ${waveId} still open: no ballot lost`);
      }
      return waves.filter((id) => countsInFile(file, id).status === 'closed').length;
    };
    const rng = createRng(14);
    let midJob = 0;
    for (let round = 0; round < 4 && check() < WAVES; round++) {
      const before = check();
      await runClose(env, file, Math.floor(rng() * 30));
      const closed = check();
      if (closed < WAVES && closed >= before) midJob++;
      // The dead process's lease runs out, as it would after its TTL.
      const db = new BetterSqlite3(file);
      db.prepare("update job_leases set expires_at = '2000-01-01T00:00:00.000Z'").run();
      db.close();
    }
    assert.ok(midJob >= 1, 'at least one kill landed before the job had closed every wave');
    assert.equal(await runClose(env, file), 0, 'a clean run after the kills exits normally');
    assert.equal(check(), WAVES, 'every wave is closed in the end');
  });
});
