// The app for the respondent benchmark, run in its own process (test/bench/respondent.bench.ts starts it), so the
// load generator does not share the server's event loop. SQLite file with the production pragmas, views cached
// as in production. Prints one JSON line: the port and the answer links to use.
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parsePage } from '../../server/domain/survey/answering';
import { REVIEW } from '../../server/services/answering/answer-page';
import { loadRespondent } from '../../server/services/answering/respondent';
import { saveDraft } from '../../server/services/answering/submit-ballot';
import { publishedDefinition } from '../../server/services/waves/survey-definition';
import { newLinkToken, sessionTokenOf } from '../../server/services/waves/tokens';
import { newWaveKeys } from '../../server/services/waves/ballot-box';
import { setWaveBallotKeys } from '../../db/repositories/wave-ballot-keys';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { createTestContext, type TestContext } from '../support/context';
import { BENCH_PAGE, benchForm, benchSurvey } from './bench-survey';
import { publishSurvey } from './support';

export interface BenchServerInfo { port: number; dialect: string; submit: string[]; flow: string[] }

/** Open waves with one invitation per municipality each, already opened (bulk inserted in one transaction:
 *  this is setup, not what is measured). */
export async function invitations(db: Kysely<DB>, ctx: TestContext, versionId: number, wanted: number): Promise<{ id: number; token: string }[]> {
  const kommuner = (await db.selectFrom('municipalities').select('kommunkod').execute()).map((m) => m.kommunkod);
  const now = ctx.clock.now().getTime();
  const out: { id: number; token: string }[] = [];
  while (out.length < wanted) {
    const wave = await db.insertInto('waves').values({
      survey_version_id: versionId, title: 'Mätning', audience: '{"kind":"all"}', opens_at: new Date(now - 3600_000).toISOString(),
      closes_at: new Date(now + 7 * 86_400_000).toISOString(), reminder_days: '[]', dimensions: '["landsdel"]', k: 5,
      invitation_subject: 'x', invitation_text: 'x', reminder_text: 'x', status: 'open', anonymity_locked: 1, created_at: new Date(now).toISOString(),
    }).returning('id').executeTakeFirstOrThrow();
    await setWaveBallotKeys(db, wave.id, newWaveKeys(ctx.config.ballotKey!, wave.id));
    for (const kod of kommuner.slice(0, wanted - out.length)) {
      const inv = await db.insertInto('invitations').values({ wave_id: wave.id, contact_id: null, kommunkod: kod, sent_at: new Date(now).toISOString(), opened: 1 })
        .returning('id').executeTakeFirstOrThrow();
      const { token, hash } = newLinkToken(ctx.config.sessionSecret);
      await db.insertInto('invitation_tokens').values({ token_hash: hash, invitation_id: inv.id }).execute();
      out.push({ id: inv.id, token });
    }
  }
  return out;
}

export async function startBenchServer(submits: number, flows: number, dir = tmpdir()): Promise<void> {
  const file = path.join(dir, `respondent-bench-${process.pid}.db`);
  const groupCommit = process.env.SQLITE_GROUP_COMMIT !== 'off';
  const ctx = await createTestContext({ sqliteFile: file, env: { LOG_LEVEL: 'info' }, groupCommit });
  ctx.app.set('view cache', true);
  const versionId = await publishSurvey(ctx, benchSurvey);
  const definition = (await publishedDefinition(ctx.db, versionId))!;
  const { answers } = parsePage(definition, BENCH_PAGE, benchForm, {});
  const all = await ctx.db.transaction().execute(async (trx) => {
    const created = await invitations(trx, ctx, versionId, submits + flows);
    const deps = { ...ctx.deps, db: trx };
    for (const inv of created.slice(0, submits)) {
      const state = await loadRespondent(deps, sessionTokenOf(inv.token));
      if (state.kind !== 'answering') throw new Error(`invitation ${inv.id}: ${state.kind}`);
      await saveDraft(deps, state.respondent, answers, REVIEW);
    }
    return created;
  });
  const server = ctx.app.listen(0, '127.0.0.1', () => {
    const info: BenchServerInfo = {
      port: (server.address() as { port: number }).port, dialect: ctx.deps.dialect,
      submit: all.slice(0, submits).map((i) => i.token), flow: all.slice(submits).map((i) => i.token),
    };
    process.stdout.write(`${JSON.stringify(info)}\n`);
  });
  process.stdin.on('end', async () => {
    server.close();
    await ctx.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    process.exit(0);
  });
  process.stdin.resume();
}
