import assert from 'node:assert/strict';
import { closeDueWaves } from '../../server/services/waves/close-waves';
import { createTestContext, type TestContext } from '../support/context';
import { insertFixtureResponses, insertWaveFixture } from '../results/fixtures';

// Responses released in batches while open (before release-at-close) must not stay less safe: closing coarsens them.
describe('anonymity: responses released before the k-anonymous rule', () => {
  let ctx: TestContext;
  beforeEach(async () => { ctx = await createTestContext(); });
  afterEach(() => ctx.close());

  it('closing coarsens earlier released responses so a lone Norrland × B response carries neither', async () => {
    const { waveId } = await insertWaveFixture(ctx.db, { status: 'open', k: 3, dimensions: ['landsdel', 'huvudgrupp'] });
    const answers = [{ q: 'brist', code: 'nej' }];
    await insertFixtureResponses(ctx.db, waveId, [
      ...Array.from({ length: 3 }, () => ({ bg: { landsdel: 'Svealand', huvudgrupp: 'A' }, answers })),
      ...Array.from({ length: 3 }, () => ({ bg: { landsdel: 'Norrland', huvudgrupp: 'C' }, answers })),
      { bg: { landsdel: 'Norrland', huvudgrupp: 'B' }, answers },
    ]);
    ctx.clock.set('2026-06-21T00:00:00.000Z');
    assert.deepEqual((await closeDueWaves(ctx.deps)).closed, [waveId]);
    const rows = await ctx.db.selectFrom('responses').select(['bg_landsdel', 'bg_huvudgrupp']).where('wave_id', '=', waveId).execute();
    const combos = rows.map((r) => `${r.bg_landsdel}/${r.bg_huvudgrupp}`).sort();
    assert.deepEqual(combos, ['Norrland/C', 'Norrland/C', 'Norrland/C', 'Svealand/A', 'Svealand/A', 'Svealand/A', 'null/null']);
  });
});
