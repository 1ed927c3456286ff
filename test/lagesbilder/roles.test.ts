import assert from 'node:assert/strict';
import { createTestContext, type TestContext } from '../support/context';
import { insertFixtureResponses, insertWaveFixture } from '../results/fixtures';
import { createReadyDraft, draftOf, figureFields, publish, revisionOf, sampleForm } from './helpers';

// Decided (issue 16): analysts (utredare) and editors write drafts from the results and preview them;
// editors (communicator / head of unit) and admins approve: publish, keep recipient lists and send.
// Viewers see published lägesbilder only.
describe('lägesbild roles', function () {
  this.timeout(30000);
  let ctx: TestContext;
  let id: number;
  before(async () => {
    ctx = await createTestContext();
    id = await createReadyDraft(ctx, await ctx.as('editor'));
  });
  after(() => ctx.close());

  it('an analyst writes a draft from the results and previews it, but cannot publish or send', async () => {
    const { waveId } = await insertWaveFixture(ctx.db, { k: 3 });
    await insertFixtureResponses(ctx.db, waveId, Array.from({ length: 8 }, (_, i) => ({
      bg: { landsdel: i % 2 ? 'Götaland' : 'Svealand' }, answers: [{ q: 'brist', code: i % 3 ? 'ja' : 'nej' }], texts: [],
    })));
    const analyst = await ctx.as('analyst');
    await analyst.get(`/resultat/vagor/${waveId}`).expect(200);
    const created = await analyst.post('/lagesbilder', { title: 'Utredarens utkast' });
    assert.equal(created.status, 303);
    const own = Number(/\/lagesbilder\/(\d+)\//.exec(created.headers.location!)![1]);
    const picker = (await analyst.get(`/lagesbilder/${own}/figurer`).expect(200)).text;
    const source = new RegExp(`value="(question:${waveId}:[^"]+)"`).exec(picker)?.[1];
    assert.ok(source, 'the picker offers the wave’s question as a figure');
    assert.equal((await analyst.post(`/lagesbilder/${own}/figurer`, { revision: await revisionOf(ctx, own), source })).status, 303);
    const draft = await draftOf(ctx, own);
    assert.equal(draft.figures.length, 1);
    const saved = await analyst.post(`/lagesbilder/${own}`, { ...sampleForm(await revisionOf(ctx, own), { title: 'Utredarens lägesbild' }), ...figureFields(draft) });
    assert.equal(saved.status, 303);
    const preview = await analyst.get(`/lagesbilder/${own}/forhandsvisning`).expect(200);
    assert.match(preview.text, /Saknar ni vikarier/);
    const overview = await analyst.get(`/lagesbilder/${own}`).expect(200);
    assert.match(overview.text, /Redigera utkastet/);
    assert.doesNotMatch(overview.text, /Publicera version/);
    assert.equal((await publish(ctx, analyst, own)).status, 403);
    assert.equal((await analyst.post(`/lagesbilder/${own}/utskick`, { version: '1', list_id: '1' })).status, 403);
    assert.equal((await analyst.get('/lagesbilder/mottagarlistor')).status, 403);
    assert.equal((await analyst.post('/lagesbilder/mottagarlistor', { name: 'X' })).status, 403);
    assert.equal((await publish(ctx, await ctx.as('editor'), own)).status, 303);
  });

  it('viewers cannot write, read drafts, publish or send', async () => {
    const viewer = await ctx.as('viewer');
    const rev = await revisionOf(ctx, id);
    assert.equal((await viewer.post('/lagesbilder', { title: 'X' })).status, 403);
    assert.equal((await viewer.post(`/lagesbilder/${id}`, { revision: rev, title: 'X' })).status, 403);
    assert.equal((await viewer.post(`/lagesbilder/${id}/publicera`, { revision: rev })).status, 403);
    assert.equal((await viewer.post(`/lagesbilder/${id}/utskick`, { version: '1', list_id: '1' })).status, 403);
    assert.equal((await viewer.get(`/lagesbilder/${id}/redigera`)).status, 403);
    assert.equal((await viewer.get(`/lagesbilder/${id}/forhandsvisning`)).status, 403);
    assert.equal((await viewer.get(`/lagesbilder/${id}`)).status, 403);
    assert.equal((await viewer.get(`/resultat`)).status, 403);
  });

  it('viewers see only published lägesbilder in the staff list; admins may publish', async () => {
    const viewer = await ctx.as('viewer');
    assert.doesNotMatch((await viewer.get('/lagesbilder')).text, /Bemanningssituationen/);
    assert.match((await (await ctx.as('analyst')).get('/lagesbilder')).text, /Bemanningssituationen/);
    assert.equal((await publish(ctx, await ctx.as('admin'), id)).status, 303);
    const list = await viewer.get('/lagesbilder');
    assert.match(list.text, new RegExp(`href="/arkiv/${id}"`));
    const version = await ctx.db.selectFrom('lagesbild_versions').select('published_by_name').where('lagesbild_id', '=', id).executeTakeFirstOrThrow();
    assert.equal(version.published_by_name, 'Test admin');
  });
});
