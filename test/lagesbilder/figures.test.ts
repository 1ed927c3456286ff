import assert from 'node:assert/strict';
import { createTestContext, type StaffClient, type TestContext } from '../support/context';
import { draftOf, revisionOf } from './helpers';

describe('lägesbild figure picker', function () {
  this.timeout(30000);
  let ctx: TestContext;
  let editor: StaffClient;
  let id: number;
  beforeEach(async () => {
    ctx = await createTestContext();
    editor = await ctx.as('editor');
    const created = await editor.post('/lagesbilder', { title: 'Figurprov' });
    id = Number(/\/lagesbilder\/(\d+)\//.exec(created.headers.location!)![1]);
  });
  afterEach(() => ctx.close());

  const add = async (source: string) => editor.post(`/lagesbilder/${id}/figurer`, { revision: await revisionOf(ctx, id), source });
  const ids = async () => (await draftOf(ctx, id)).figures.map((f) => f.id);

  it('adds, moves and removes figures; each copy keeps its numbers, caption, alt text and source', async () => {
    assert.equal((await add('exempel:saknar-vikarier-yrkesgrupp')).status, 303);
    await add('exempel:saknar-vikarier-landsdel');
    await add('exempel:saknar-vikarier-yrkesgrupp');
    assert.deepEqual(await ids(), ['saknar-vikarier-yrkesgrupp', 'saknar-vikarier-landsdel', 'saknar-vikarier-yrkesgrupp-2']);
    const first = (await draftOf(ctx, id)).figures[0]!;
    assert.ok(first.alt.length > 20 && first.source.length > 0 && first.table.rows.length > 0);

    assert.equal((await editor.post(`/lagesbilder/${id}/figurer/3/flytta`, { revision: await revisionOf(ctx, id), move: 'up' })).status, 303);
    assert.deepEqual(await ids(), ['saknar-vikarier-yrkesgrupp', 'saknar-vikarier-yrkesgrupp-2', 'saknar-vikarier-landsdel']);
    assert.equal((await editor.post(`/lagesbilder/${id}/figurer/1/ta-bort`, { revision: await revisionOf(ctx, id) })).status, 303);
    assert.deepEqual(await ids(), ['saknar-vikarier-yrkesgrupp-2', 'saknar-vikarier-landsdel']);
    assert.equal((await editor.post(`/lagesbilder/${id}/figurer/2/hamta`, { revision: await revisionOf(ctx, id) })).status, 303);

    const page = await editor.get(`/lagesbilder/${id}/figurer`);
    assert.match(page.text, /Figur 2\.<\/strong> Andel kommuner som saknar vikarier/);
    const edit = await editor.get(`/lagesbilder/${id}/redigera`);
    assert.match(edit.text, /id="f-fig_1_alt"/);
  });

  it('refuses an unknown figure (422), a figure number that does not exist (404) and a stale page (409)', async () => {
    const unknown = await add('question:999:q-finns-inte');
    assert.equal(unknown.status, 422);
    assert.match(unknown.text, /href="#f-source"/);
    assert.equal((await editor.post(`/lagesbilder/${id}/figurer/5/ta-bort`, { revision: await revisionOf(ctx, id) })).status, 404);
    const stale = await revisionOf(ctx, id);
    await add('exempel:saknar-vikarier-landsdel');
    const res = await editor.post(`/lagesbilder/${id}/figurer`, { revision: stale, source: 'exempel:saknar-vikarier-yrkesgrupp' });
    assert.equal(res.status, 409);
    assert.equal((await ids()).length, 1);
  });
});
