import assert from 'node:assert/strict';
import { seedDemo } from '../../scripts/seed/demo';
import { createTestContext, type TestContext } from '../support/context';

// Acceptance 1: the demo has a published lägesbild built from the demo June wave, with at least two
// figures and a method box, in the public archive and as a PDF.
describe('demo lägesbild', function () {
  this.timeout(180000);
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext();
    await seedDemo(ctx.deps, () => {});
  });
  after(() => ctx.close());

  it('is published from the June wave with figures and a method box, public as a page and a PDF', async () => {
    const version = await ctx.db.selectFrom('lagesbild_versions').selectAll().executeTakeFirstOrThrow();
    const doc = JSON.parse(version.document) as { figures: { source: string; kind: string }[]; method: { invited: number; answered: number } | null };
    assert.ok(doc.figures.length >= 2);
    assert.ok(doc.method && doc.method.invited > 0 && doc.method.answered > 0);
    const anon = ctx.anonymous();
    const archive = await anon.get('/arkiv');
    assert.match(archive.text, /Bemanningssituationen inom äldreomsorgen inför sommaren/);
    const page = await anon.get(`/arkiv/${version.lagesbild_id}`);
    assert.equal(page.status, 200);
    assert.match(page.text, /Om undersökningen/);
    // A beside figure (register and panel side by side, issue 18) is two charts.
    const beside = doc.figures.filter((f) => f.kind === 'beside').length;
    assert.equal(beside, 1, 'the demo has one register-beside-panel figure');
    assert.equal((page.text.match(/<figure class="chart"/g) ?? []).length, doc.figures.length + beside);
    assert.match(page.text, /class="beside__halves"/);
    const pdf = await anon.get(`/arkiv/${version.lagesbild_id}/version/1/pdf`).buffer(true);
    assert.equal(pdf.status, 200);
    assert.ok((pdf.body as Buffer).subarray(0, 5).toString() === '%PDF-');
    const waves = await ctx.db.selectFrom('waves').select('id').where('status', '=', 'closed').execute();
    assert.ok(waves.length > 0, 'the demo has a closed (June) wave');
    assert.ok(doc.figures.filter((f) => f.source.startsWith('Äldreomsorgspanelen, enkät')).length >= 2, 'figures come from the June wave');
  });

  it('has recipient lists and a record of what was sent to the government registry', async () => {
    const lists = await ctx.db.selectFrom('recipient_lists').select('name').execute();
    assert.equal(lists.length, 4);
    const regions = await ctx.db.selectFrom('recipient_list_regions').select('rss_code').orderBy('rss_code').execute();
    assert.deepEqual(regions.map((r) => r.rss_code), ['03', '14S'], 'one list by RSS region');
    const sent = await ctx.db.selectFrom('lagesbild_deliveries').selectAll().execute();
    assert.deepEqual(sent.map((d) => d.email), ['s.registrator@regeringskansliet.example']);
    const editor = await ctx.as('editor');
    const page = await editor.get(`/lagesbilder/${(await ctx.db.selectFrom('lagesbild_versions').select('lagesbild_id').executeTakeFirstOrThrow()).lagesbild_id}`);
    assert.match(page.text, /1 av 1<\/span>skickade, version 1/);
  });
});
