import assert from 'node:assert/strict';
import { closeDueWaves } from '../../server/services/waves/close-waves';
import { loadResultWave, waveQuestionTables } from '../../server/services/results/wave-results';
import { storeWaveSnapshot } from '../../server/services/results/wave-snapshot';
import { createTestContext, type TestContext } from '../support/context';
import { insertFixtureResponses, insertWaveFixture, type FixtureResponse } from './fixtures';

describe('results: counts of a closed wave are stored once, at close (snapshot)', () => {
  let ctx: TestContext;
  beforeEach(async () => { ctx = await createTestContext(); });
  afterEach(() => ctx.close());

  const responses = (landsdel: string, n: number, code: string): FixtureResponse[] =>
    Array.from({ length: n }, (_, i) => ({ bg: { landsdel }, answers: [{ q: 'brist', code }, { q: 'lage', code: String((i % 5) + 1), num: (i % 5) + 1 }, { q: 'atgarder', code: 'lon' }, { q: 'atgarder', code: 'bemanning' }] }));
  const snapshots = async () => (await ctx.db.selectFrom('result_snapshots').selectAll().orderBy('wave_id').orderBy('dimension').execute());

  it('gives the same tables as the live GROUP BY, for the whole country and each breakdown, once stored', async () => {
    const { waveId } = await insertWaveFixture(ctx.db, { dimensions: ['landsdel'] });
    await insertFixtureResponses(ctx.db, waveId, [...responses('Götaland', 12, 'ja'), ...responses('Svealand', 7, 'nej'), ...responses('Norrland', 3, 'ja')]);
    const rw = (await loadResultWave(ctx.db, waveId))!;
    const live = { all: await waveQuestionTables(ctx.db, rw, null), byLandsdel: await waveQuestionTables(ctx.db, rw, 'landsdel') };
    assert.equal(await storeWaveSnapshot(ctx.db, waveId), 2);
    assert.equal((await snapshots()).length, 2);
    // The snapshot, not the answers, now feeds the page: removing answers changes nothing shown.
    await ctx.db.deleteFrom('answers').where('wave_id', '=', waveId).execute();
    assert.deepEqual({ all: await waveQuestionTables(ctx.db, rw, null), byLandsdel: await waveQuestionTables(ctx.db, rw, 'landsdel') }, live);
    const norrland = live.byLandsdel[0]!.table.groups.find((g) => g.key === 'Norrland');
    assert.equal(norrland?.suppressed, true, 'suppression still applies to snapshot counts');
  });

  it('takes no snapshot of an open wave (its answers still change)', async () => {
    const { waveId } = await insertWaveFixture(ctx.db, { status: 'open' });
    await insertFixtureResponses(ctx.db, waveId, responses('Götaland', 6, 'ja'));
    assert.deepEqual(await waveQuestionTables(ctx.db, (await loadResultWave(ctx.db, waveId))!, null), []);
    assert.equal(await storeWaveSnapshot(ctx.db, waveId), 0);
    assert.equal((await snapshots()).length, 0);
  });

  it('closing a wave stores exactly one snapshot per view; closing again or storing again adds none', async () => {
    const { waveId } = await insertWaveFixture(ctx.db, { status: 'open', dimensions: ['landsdel'] });
    await insertFixtureResponses(ctx.db, waveId, responses('Götaland', 6, 'ja'));
    ctx.clock.set(new Date('2026-06-21T00:00:00.000Z'));
    assert.deepEqual(await closeDueWaves(ctx.deps), { closed: [waveId] });
    const stored = await snapshots();
    assert.deepEqual(stored.map((s) => [s.wave_id, s.dimension]), [[waveId, ''], [waveId, 'landsdel']]);
    assert.deepEqual(await closeDueWaves(ctx.deps), { closed: [] });
    assert.equal(await storeWaveSnapshot(ctx.db, waveId), 0);
    assert.deepEqual(await snapshots(), stored);
  });

  it('the close job also stores the snapshot of a wave closed before snapshots existed, once', async () => {
    const { waveId } = await insertWaveFixture(ctx.db, { dimensions: ['landsdel'] });
    await insertFixtureResponses(ctx.db, waveId, responses('Götaland', 6, 'ja'));
    assert.deepEqual(await closeDueWaves(ctx.deps), { closed: [] });
    const stored = await snapshots();
    assert.deepEqual(stored.map((s) => s.dimension), ['', 'landsdel']);
    await closeDueWaves(ctx.deps);
    assert.deepEqual(await snapshots(), stored);
  });

  it('reading results writes nothing: pages, breakdowns and exports, twice, with and without a snapshot', async () => {
    const { waveId } = await insertWaveFixture(ctx.db, { dimensions: ['landsdel'] });
    await insertFixtureResponses(ctx.db, waveId, [...responses('Götaland', 6, 'ja'), ...responses('Svealand', 5, 'nej')]);
    const client = await ctx.as('analyst');
    const readAll = async () => {
      for (const path of [`/resultat/vagor/${waveId}`, `/resultat/vagor/${waveId}?uppdelning=landsdel`, `/resultat/vagor/${waveId}/export.csv`]) await client.get(path).expect(200);
    };
    await readAll(); await readAll();
    assert.equal((await snapshots()).length, 0, 'a closed wave without a snapshot is counted live, not stored on read');
    await storeWaveSnapshot(ctx.db, waveId);
    const before = await snapshots();
    await readAll(); await readAll();
    assert.deepEqual(await snapshots(), before);
  });
});
