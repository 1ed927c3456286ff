import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { listInvitedWavesForMunicipality } from '../../db/repositories/invitations';
import { loadRespondent } from '../../server/services/answering/respondent';
import { submitBallot } from '../../server/services/answering/submit-ballot';
import { closeDueWaves } from '../../server/services/waves/close-waves';
import { openDueWaves } from '../../server/services/waves/open-waves';
import { releaseBallots } from '../../server/services/waves/release-ballots';
import { createTestContext, type TestContext } from '../support/context';
import { addMembers, publishSurvey, scheduleTestWave, SVEALAND } from './support';

const ANONYMOUS_TABLES = ['ballots', 'responses', 'answers', 'free_texts'];
// Anything that could point to a person, a municipality or a moment.
const LINKING = /contact|invitation|token|kommun|municipal|member|user|staff|email|ip|agent|referer|_at$|time|date|created|updated|submitted|seq/i;

const BACKGROUND = ['bg_landsdel', 'bg_huvudgrupp', 'bg_kommungrupp', 'bg_lan', 'bg_storleksklass'];

async function submitAs(ctx: TestContext, invitationId: number): Promise<void> {
  const state = await loadRespondent(ctx.deps, invitationId);
  if (state.kind !== 'answering') throw new Error(state.kind);
  state.respondent.answers = { brist: { code: 'nej' } };
  const result = await submitBallot(ctx.deps, state.respondent);
  assert.equal(result.kind, 'submitted', JSON.stringify(result));
}

describe('waves: ballot box and anonymity (checklist 14, 16, 18)', () => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await createTestContext();
    await addMembers(ctx, SVEALAND);
  });
  afterEach(() => ctx.close());

  it('schema: the tables holding answers have no column or foreign key that links to a contact, invitation, municipality or time', async () => {
    const tables = await ctx.db.introspection.getTables();
    for (const name of ANONYMOUS_TABLES) {
      const table = tables.find((t) => t.name === name);
      assert.ok(table, name);
      // Coarse background groups (ARCHITECTURE.md) are the only attributes, each checked ≥ k before sending.
      const bad = table.columns.map((c) => c.name).filter((c) => !BACKGROUND.includes(c) && LINKING.test(c));
      assert.deepEqual(bad, [], `${name} has linking columns`);
      const fks = ctx.deps.dialect === 'sqlite'
        ? (await sql<{ table: string }>`select * from pragma_foreign_key_list(${name})`.execute(ctx.db)).rows
        : (await sql`select constraint_name from information_schema.table_constraints where table_name = ${name} and constraint_type = 'FOREIGN KEY'`.execute(ctx.db)).rows;
      assert.deepEqual(fks, [], `${name} has foreign keys`);
    }
    const ids = (await ctx.db.introspection.getTables()).find((t) => t.name === 'responses')!.columns.find((c) => c.name === 'id')!;
    assert.equal(ids.isAutoIncrementing, false, 'response ids are random, not a sequence');
  });

  it('releases nothing while open and every ballot at close in one batch, with new random ids', async () => {
    const versionId = await publishSurvey(ctx);
    const waveId = await scheduleTestWave(ctx, versionId, { k: 3, dimensions: ['landsdel'] });
    ctx.clock.advanceMinutes(2);
    await Promise.all([openDueWaves(ctx.deps), openDueWaves(ctx.deps)]);
    const invitations = await ctx.db.selectFrom('invitations').select('id').where('wave_id', '=', waveId).orderBy('id').execute();
    assert.equal(invitations.length, 6, 'two open runs at once invite each contact once');
    assert.equal((await ctx.db.selectFrom('outbox').select('id').execute()).length, 6);

    for (const inv of invitations.slice(0, 4)) await submitAs(ctx, inv.id);
    const ballotIds = (await ctx.db.selectFrom('ballots').select('id').execute()).map((b) => b.id);
    assert.equal((await releaseBallots(ctx.deps)).released, 0, 'no batch while open, even with k waiting');

    ctx.clock.advanceMinutes(11 * 24 * 60);
    assert.deepEqual((await closeDueWaves(ctx.deps)).closed, [waveId]);
    assert.equal((await ctx.db.selectFrom('ballots').selectAll().execute()).length, 0, 'closing releases every ballot, even fewer than k');
    const responses = await ctx.db.selectFrom('responses').selectAll().where('wave_id', '=', waveId).execute();
    assert.equal(responses.length, 4);
    assert.ok(responses.every((r) => /^[0-9a-f-]{36}$/.test(r.id) && !ballotIds.includes(r.id)), 'new random ids');
    assert.ok(responses.every((r) => r.bg_landsdel === 'Svealand' && r.bg_kommungrupp === null), 'only the wave\'s own dimensions');
  });

  it('checks the breakdown again at opening: a group that became smaller than k stops the wave before any invitation', async () => {
    const waveId = await scheduleTestWave(ctx, await publishSurvey(ctx), { k: 3, dimensions: ['landsdel'] });
    await addMembers(ctx, ['2505']);
    ctx.clock.advanceMinutes(2);
    const result = await openDueWaves(ctx.deps);
    assert.equal(result.opened.length, 0);
    assert.match(result.refused[0]!.reason, /Norrland/);
    assert.equal((await ctx.db.selectFrom('invitations').select('id').execute()).length, 0);
    assert.equal((await ctx.db.selectFrom('outbox').select('id').execute()).length, 0);
    const page = await (await ctx.as('editor')).get(`/utskick/${waveId}`);
    assert.match(page.text, /Utskicket kan inte öppna som det ser ut nu/);
  });

  it('lists the waves a municipality was invited to, never whether it answered', async () => {
    const waveId = await scheduleTestWave(ctx, await publishSurvey(ctx));
    ctx.clock.advanceMinutes(2);
    await openDueWaves(ctx.deps);
    const rows = await listInvitedWavesForMunicipality(ctx.db, '0114');
    assert.deepEqual(rows.map((r) => r.id), [waveId]);
    assert.deepEqual(Object.keys(rows[0]!).sort(), ['closes_at', 'id', 'opens_at', 'sent_at', 'status', 'title']);
    assert.deepEqual(await listInvitedWavesForMunicipality(ctx.db, '2505'), []);
  });
});
