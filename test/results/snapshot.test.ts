import assert from 'node:assert/strict';
import { closeDueWaves } from '../../server/services/waves/close-waves';
import { loadResultWave, waveQuestionTables } from '../../server/services/results/wave-results';
import { createTestContext, type TestContext } from '../support/context';
import { insertFixtureResponses, insertWaveFixture, type FixtureResponse } from './fixtures';

describe('results: counts of a closed wave are computed once (snapshot)', () => {
  let ctx: TestContext;
  beforeEach(async () => { ctx = await createTestContext(); });
  afterEach(() => ctx.close());

  const responses = (landsdel: string, n: number, code: string): FixtureResponse[] =>
    Array.from({ length: n }, (_, i) => ({ bg: { landsdel }, answers: [{ q: 'brist', code }, { q: 'lage', code: String((i % 5) + 1), num: (i % 5) + 1 }, { q: 'atgarder', code: 'lon' }, { q: 'atgarder', code: 'bemanning' }] }));

  it('gives the same tables as the live GROUP BY, for the whole country and each breakdown, from the second view on', async () => {
    const { waveId } = await insertWaveFixture(ctx.db, { dimensions: ['landsdel'] });
    await insertFixtureResponses(ctx.db, waveId, [...responses('Götaland', 12, 'ja'), ...responses('Svealand', 7, 'nej'), ...responses('Norrland', 3, 'ja')]);
    const rw = (await loadResultWave(ctx.db, waveId))!;
    const first = { all: await waveQuestionTables(ctx.db, rw, null), byLandsdel: await waveQuestionTables(ctx.db, rw, 'landsdel') };
    assert.equal((await ctx.db.selectFrom('result_snapshots').selectAll().execute()).length, 2);
    // The snapshot, not the answers, now feeds the page: removing answers changes nothing shown.
    await ctx.db.deleteFrom('answers').where('wave_id', '=', waveId).execute();
    assert.deepEqual({ all: await waveQuestionTables(ctx.db, rw, null), byLandsdel: await waveQuestionTables(ctx.db, rw, 'landsdel') }, first);
    const norrland = first.byLandsdel[0]!.table.groups.find((g) => g.key === 'Norrland');
    assert.equal(norrland?.suppressed, true, 'suppression still applies to snapshot counts');
  });

  it('takes no snapshot of an open wave (its answers still change)', async () => {
    const { waveId } = await insertWaveFixture(ctx.db, { status: 'open' });
    await insertFixtureResponses(ctx.db, waveId, responses('Götaland', 6, 'ja'));
    assert.deepEqual(await waveQuestionTables(ctx.db, (await loadResultWave(ctx.db, waveId))!, null), []);
    assert.equal((await ctx.db.selectFrom('result_snapshots').selectAll().execute()).length, 0);
  });

  it('the close job stores the counts of every breakdown, so the first page after close reads them', async () => {
    const { waveId } = await insertWaveFixture(ctx.db, { status: 'open', dimensions: ['landsdel'] });
    await insertFixtureResponses(ctx.db, waveId, responses('Götaland', 6, 'ja'));
    ctx.clock.set(new Date('2026-06-21T00:00:00.000Z'));
    assert.deepEqual(await closeDueWaves(ctx.deps), { closed: [waveId] });
    const stored = await ctx.db.selectFrom('result_snapshots').select('dimension').where('wave_id', '=', waveId).orderBy('dimension').execute();
    assert.deepEqual(stored.map((s) => s.dimension), ['', 'landsdel']);
  });
});
