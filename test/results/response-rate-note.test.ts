import assert from 'node:assert/strict';
import { createTestContext, type TestContext } from '../support/context';
import { insertInvitations, insertWaveFixture } from './fixtures';

// Issue 16 §2: each group's response rate beside the results, with a note when it is low.
describe('results: low response rate note', () => {
  let ctx: TestContext;
  after(() => ctx.close());

  it('notes a group that answered below 50 %, and not one above', async () => {
    ctx = await createTestContext();
    const wave = (await insertWaveFixture(ctx.db, { k: 3, dimensions: ['landsdel'] })).waveId;
    await insertInvitations(ctx.db, wave, 'Götaland', 10, 6);
    await insertInvitations(ctx.db, wave, 'Svealand', 10, 8);
    await insertInvitations(ctx.db, wave, 'Norrland', 10, 4);
    const page = await (await ctx.as('analyst')).get(`/resultat/vagor/${wave}`).expect(200);
    assert.match(page.text, /<div class="notice notice--warning"><p>Norrland svarade 40\u00a0%\. Med så låg svarsfrekvens/);
    assert.doesNotMatch(page.text, /Götaland svarade/);
  });
});
