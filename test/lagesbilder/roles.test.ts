import assert from 'node:assert/strict';
import { createTestContext, type TestContext } from '../support/context';
import { createReadyDraft, publish, revisionOf } from './helpers';

// Decided: editors and admins write drafts, publish and send; analysts read drafts and previews;
// viewers see published lägesbilder only.
describe('lägesbild roles', function () {
  this.timeout(30000);
  let ctx: TestContext;
  let id: number;
  before(async () => {
    ctx = await createTestContext();
    id = await createReadyDraft(ctx, await ctx.as('editor'));
  });
  after(() => ctx.close());

  it('analysts and viewers cannot write, publish or send; analysts may preview', async () => {
    for (const role of ['analyst', 'viewer'] as const) {
      const c = await ctx.as(role);
      const rev = await revisionOf(ctx, id);
      assert.equal((await c.post('/lagesbilder', { title: 'X' })).status, 403, role);
      assert.equal((await c.post(`/lagesbilder/${id}`, { revision: rev, title: 'X' })).status, 403, role);
      assert.equal((await c.post(`/lagesbilder/${id}/publicera`, { revision: rev })).status, 403, role);
      assert.equal((await c.post(`/lagesbilder/${id}/utskick`, { version: '1', list_id: '1' })).status, 403, role);
      assert.equal((await c.get(`/lagesbilder/${id}/redigera`)).status, 403, role);
    }
    const analyst = await ctx.as('analyst');
    assert.equal((await analyst.get(`/lagesbilder/${id}/forhandsvisning`)).status, 200);
    const overview = await analyst.get(`/lagesbilder/${id}`);
    assert.equal(overview.status, 200);
    assert.doesNotMatch(overview.text, /Publicera version/);
    assert.equal((await (await ctx.as('viewer')).get(`/lagesbilder/${id}`)).status, 403);
  });

  it('viewers see only published lägesbilder in the staff list; admins may publish', async () => {
    const viewer = await ctx.as('viewer');
    assert.doesNotMatch((await viewer.get('/lagesbilder')).text, /Bemanningssituationen/);
    assert.match((await (await ctx.as('analyst')).get('/lagesbilder')).text, /Bemanningssituationen/);
    assert.equal((await publish(ctx, await ctx.as('admin'), id)).status, 303);
    const list = await viewer.get('/lagesbilder');
    assert.match(list.text, new RegExp(`href="/arkiv/${id}"`));
    const version = await ctx.db.selectFrom('lagesbild_versions').select('published_by_name').executeTakeFirstOrThrow();
    assert.equal(version.published_by_name, 'Test admin');
  });
});
