import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../db/database';
import { commitTogether } from '../../db/group-commit';
import { parsePage } from '../../server/domain/survey/answering';
import { loadRespondent, type Respondent } from '../../server/services/answering/respondent';
import { submitBallot } from '../../server/services/answering/submit-ballot';
import { publishedDefinition } from '../../server/services/waves/survey-definition';
import { TEST_DATABASE_URL } from '../support/database';
import { itOnSqlite } from '../support/dialect';
import { createTestContext, type TestContext } from '../support/context';
import { BENCH_PAGE, benchForm, benchSurvey } from './bench-survey';
import { openWaveForTest } from './support';

// Issue 17: concurrent writes share one commit on SQLite (each in its own savepoint); on Postgres commitTogether
// is a plain transaction. The same assertions hold on both. SQLite runs on a file with the production pragmas.

describe('group commit: concurrent submits share one commit', () => {
  let ctx: TestContext;
  let dir: string;
  let respondents: Respondent[];
  let waveId: number;

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'group-commit-'));
    ctx = await createTestContext({ sqliteFile: path.join(dir, 'app.db') });
    ({ waveId } = await openWaveForTest(ctx, { definition: benchSurvey }));
    const invitations = await ctx.db.selectFrom('invitations').select('id').where('wave_id', '=', waveId).orderBy('id').execute();
    const { answers } = parsePage((await publishedDefinition(ctx.db, (await ctx.db.selectFrom('waves').select('survey_version_id').where('id', '=', waveId).executeTakeFirstOrThrow()).survey_version_id))!, BENCH_PAGE, benchForm, {});
    respondents = [];
    for (const { id } of invitations) {
      const state = await loadRespondent(ctx.deps, id);
      if (state.kind !== 'answering') throw new Error(state.kind);
      respondents.push({ ...state.respondent, answers });
    }
  });
  afterEach(async () => {
    await ctx.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const ballots = async () => (await ctx.db.selectFrom('ballots').select('id').where('wave_id', '=', waveId).execute()).length;
  const completed = async () => (await ctx.db.selectFrom('invitations').select('id').where('wave_id', '=', waveId).where('completed', '=', 1).execute()).length;

  it('N concurrent submits all land, each with its ballot', async () => {
    assert.ok(respondents.length >= 6);
    const results = await Promise.all(respondents.map((r) => submitBallot(ctx.deps, r)));
    assert.deepEqual(results.map((r) => r.kind), respondents.map(() => 'submitted'));
    assert.equal(await ballots(), respondents.length);
    assert.equal(await completed(), respondents.length);
  });

  it('the same link submitted twice at once gives one ballot: one caller wins, the other is told "already"', async () => {
    const [a, b] = respondents;
    const results = await Promise.all([submitBallot(ctx.deps, a!), submitBallot(ctx.deps, { ...a! }), submitBallot(ctx.deps, b!)]);
    assert.deepEqual(results.map((r) => r.kind).sort(), ['already', 'submitted', 'submitted']);
    assert.equal(await ballots(), 2);
  });

  it('a failing member is rolled back alone: its caller gets the error, the others commit', async () => {
    const [a, b, c] = respondents;
    const failing = commitTogether(ctx.db, async (trx) => {
      await trx.updateTable('invitations').set({ completed: 1 }).where('id', '=', b!.invitationId).execute();
      throw new Error('member fails');
    });
    const results = await Promise.allSettled([submitBallot(ctx.deps, a!), failing, submitBallot(ctx.deps, c!)]);
    assert.equal(results[0].status === 'fulfilled' && results[0].value.kind, 'submitted');
    assert.equal(results[1].status === 'rejected' && (results[1].reason as Error).message, 'member fails');
    assert.equal(results[2].status === 'fulfilled' && results[2].value.kind, 'submitted');
    const rows = await ctx.db.selectFrom('invitations').select(['id', 'completed']).where('id', 'in', [a!.invitationId, b!.invitationId, c!.invitationId]).execute();
    assert.deepEqual(Object.fromEntries(rows.map((r) => [r.id, r.completed])), { [a!.invitationId]: 1, [b!.invitationId]: 0, [c!.invitationId]: 1 });
    assert.equal(await ballots(), 2);
  });

  it('a second connection sees every row as soon as the promises have resolved (the commit is done)', async () => {
    await Promise.all(respondents.map((r) => submitBallot(ctx.deps, r)));
    const other = TEST_DATABASE_URL ? null : openDatabase({ kind: 'sqlite', file: path.join(dir, 'app.db'), groupCommit: false });
    try {
      const db = other?.db ?? ctx.db;
      const seen = await db.selectFrom('ballots').select('id').where('wave_id', '=', waveId).execute();
      assert.equal(seen.length, respondents.length);
    } finally {
      await other?.close();
    }
  });

  itOnSqlite('on SQLite callers in the same event-loop turn share one transaction; with group commit off they do not', async () => {
    const seen: unknown[] = [];
    await Promise.all([1, 2, 3].map(() => commitTogether(ctx.db, async (trx) => { seen.push(trx); })));
    assert.equal(new Set(seen).size, 1);
    const off = openDatabase({ kind: 'sqlite', file: path.join(dir, 'app.db'), groupCommit: false });
    try {
      const alone: unknown[] = [];
      await Promise.all([1, 2, 3].map(() => commitTogether(off.db, async (trx) => { alone.push(trx); })));
      assert.equal(new Set(alone).size, 3);
    } finally {
      await off.close();
    }
  });

  it('inside an existing transaction commitTogether runs the work in it', async () => {
    const value = await ctx.db.transaction().execute((trx) => commitTogether(trx, async (inner) => {
      assert.equal(inner, trx);
      return 42;
    }));
    assert.equal(value, 42);
  });
});
