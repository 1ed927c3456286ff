import assert from 'node:assert/strict';
import { seedDemoRegister, DEMO_REGISTER_SOURCE } from '../../scripts/seed/demo/register';
import { seedReferenceData } from '../../db/seed/reference-seed';
import { createRng } from '../../scripts/seed/demo-data/random';
import { createTestContext, type TestContext } from '../support/context';

describe('demo: two register indicators in Kolada form over six years', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext();
    await seedReferenceData(ctx.db);
    await seedDemoRegister({ deps: ctx.deps, rng: createRng(2024), print: () => {}, staffIds: { admin: 0, analyst: 0, editor: 0, viewer: 0 }, shared: {} });
  });
  after(() => ctx.close());

  it('stores 290 municipalities × 6 years for each, marked as fictitious, and the indicator page shows them', async () => {
    const indicators = await ctx.db.selectFrom('register_indicators').selectAll().orderBy('id').execute();
    assert.equal(indicators.length, 2);
    for (const ind of indicators) {
      assert.match(ind.name, /\(fiktiva demovärden\)$/);
      assert.equal(ind.source, DEMO_REGISTER_SOURCE);
      const values = await ctx.db.selectFrom('register_values').select(['year', 'value']).where('indicator_id', '=', ind.id).execute();
      assert.equal(values.length, 290 * 6);
      assert.equal(new Set(values.map((v) => v.year)).size, 6);
    }
    const share = await ctx.db.selectFrom('register_values').select('value').where('indicator_id', '=', indicators[0]!.id).execute();
    assert.ok(share.every((v) => v.value > 0 && v.value < 100));
    const page = await (await ctx.as('analyst')).get(`/resultat/register/${indicators[1]!.id}/jamfor?kommun=2580`).expect(200);
    assert.match(page.text, /Luleå i Norrbottens län/);
    assert.match(page.text, /Källa: Kolada \(RKA\) – fiktiva demovärden\./);
  });
});
