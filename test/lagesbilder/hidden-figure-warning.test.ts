import assert from 'node:assert/strict';
import { createTestContext, type TestContext } from '../support/context';
import { insertFixtureResponses, insertWaveFixture } from '../results/fixtures';
import { draftOf, figureFields, revisionOf, sampleForm } from './helpers';

// Issue 16 §2: the editor warns when the text refers to a figure whose cells are mostly hidden.
describe('lägesbild editor: warning for a mostly hidden figure', function () {
  this.timeout(30000);
  let ctx: TestContext;
  after(() => ctx.close());

  it('warns about "figur 1" when two of three landsdelar are hidden, and not when the text names no figure', async () => {
    ctx = await createTestContext();
    const { waveId } = await insertWaveFixture(ctx.db, { k: 3, dimensions: ['landsdel'] });
    const plan: [string, number][] = [['Götaland', 8], ['Svealand', 3], ['Norrland', 2]];
    await insertFixtureResponses(ctx.db, waveId, plan.flatMap(([landsdel, n]) => Array.from({ length: n }, (_, i) => ({ bg: { landsdel }, answers: [{ q: 'brist', code: i % 2 ? 'ja' : 'nej' }] }))));
    const analyst = await ctx.as('analyst');
    const created = await analyst.post('/lagesbilder', { title: 'Utkast' });
    const id = Number(/\/lagesbilder\/(\d+)\//.exec(created.headers.location!)![1]);
    const source = `breakdown:${waveId}:q-brist:landsdel`;
    assert.equal((await analyst.post(`/lagesbilder/${id}/figurer`, { revision: await revisionOf(ctx, id), source })).status, 303);
    const rows = (await draftOf(ctx, id)).figures[0]!.table.rows.map((r) => r[0]);
    assert.ok(rows.includes('Norrland'), rows.join(', '));
    const save = async (body: string) => analyst.post(`/lagesbilder/${id}`, { ...sampleForm(await revisionOf(ctx, id), { body }), ...figureFields(await draftOf(ctx, id)) });
    assert.equal((await save('Skillnaderna mellan landsdelarna syns i figur 1.')).status, 303);
    const page = await analyst.get(`/lagesbilder/${id}/redigera`).expect(200);
    assert.match(page.text, /Texten hänvisar till figur 1, men \d av \d rader i figuren är dolda/);
    assert.equal((await save('Inga hänvisningar.')).status, 303);
    assert.doesNotMatch((await analyst.get(`/lagesbilder/${id}/redigera`)).text, /Texten hänvisar till figur/);
  });
});
