import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pdftotext, requirePoppler, squash } from '../pdf/poppler';
import { insertFixtureResponses, insertWaveFixture } from '../results/fixtures';
import { insertCompareFixture } from '../results/register-compare-fixture';
import { createTestContext, type StaffClient, type TestContext } from '../support/context';
import { createReadyDraft, draftOf, publish, revisionOf } from './helpers';

// Issue 18: a register indicator and a panel question side by side, grouped by the same dimension.
describe('lägesbild figure: register beside the panel', function () {
  this.timeout(60000);
  let ctx: TestContext;
  let editor: StaffClient;
  let id: number;
  let indicator: number;
  let question: string;
  before(async () => {
    ctx = await createTestContext();
    editor = await ctx.as('editor');
    indicator = await insertCompareFixture(ctx); // 2024: Svealand 0114 = 22, 0180 = 12; Götaland 1480 = 44
    const { waveId } = await insertWaveFixture(ctx.db, { k: 3, dimensions: ['landsdel'] });
    await insertFixtureResponses(ctx.db, waveId, [
      ...Array.from({ length: 8 }, (_, i) => ({ bg: { landsdel: i % 2 ? 'Götaland' : 'Svealand' }, answers: [{ q: 'brist', code: i % 4 ? 'ja' : 'nej' }] })),
      ...Array.from({ length: 2 }, () => ({ bg: { landsdel: 'Norrland' }, answers: [{ q: 'brist', code: 'ja' }] })),
    ]);
    id = await createReadyDraft(ctx, editor, []);
    const page = (await editor.get(`/lagesbilder/${id}/figurer`).expect(200)).text;
    question = new RegExp(`value="(breakdown:${waveId}:q-brist:landsdel)"`).exec(page)![1]!;
  });
  after(() => ctx.close());

  const add = async (client: StaffClient, form: Record<string, string>) =>
    client.post(`/lagesbilder/${id}/figurer/bredvid`, { revision: await revisionOf(ctx, id), ...form });

  it('offers the indicators, their years and the questions broken down by landsdel', async () => {
    const page = (await editor.get(`/lagesbilder/${id}/figurer`).expect(200)).text;
    assert.match(page, /<h2 id="bredvid">Registerdata och panelens svar bredvid varandra<\/h2>/);
    assert.match(page, new RegExp(`<option value="${indicator}">Andel 80\\+ med hemtjänst</option>`));
    assert.match(page, /<option value="2024">2024<\/option><option value="2023">2023<\/option>/);
  });

  it('refuses a missing indicator or question, and a year without values (422 with the error summary)', async () => {
    const missing = await add(editor, { beside_indicator: '', beside_year: '', beside_question: '' });
    assert.equal(missing.status, 422);
    assert.match(missing.text, /href="#f-beside_indicator">Välj en registerindikator/);
    assert.match(missing.text, /href="#f-beside_question">Välj en fråga och en uppdelning/);
    const noYear = await add(editor, { beside_indicator: String(indicator), beside_year: '1999', beside_question: question });
    assert.equal(noYear.status, 422);
    assert.match(noYear.text, /Det finns inga värden för den indikatorn, det året eller den uppdelningen/);
    assert.match(noYear.text, /<option value="1999"|value="2024"/);
    assert.equal((await draftOf(ctx, id)).figures.length, 0);
  });

  it('a viewer may not add one', async () => {
    const viewer = await ctx.as('viewer');
    assert.equal((await add(viewer, { beside_indicator: String(indicator), beside_question: question })).status, 403);
  });

  it('adds the register half (unweighted means per landsdel, labelled) and the suppressed panel half', async () => {
    const res = await add(await ctx.as('analyst'), { beside_indicator: String(indicator), beside_year: '', beside_question: question });
    assert.equal(res.status, 303, res.text.slice(0, 1000));
    const [figure] = (await draftOf(ctx, id)).figures;
    assert.equal(figure!.kind, 'beside');
    assert.match(figure!.beside!.registerTitle, /^Andel 80\+ med hemtjänst per landsdel, 2024 \(genomsnitt av kommunernas värden\)$/);
    const all = figure!.chart.datasets.find((d) => d.label === 'Alla kommuner')!;
    assert.equal(all.data[figure!.chart.labels.indexOf('Svealand')], 17);
    assert.equal(all.data[figure!.chart.labels.indexOf('Götaland')], 44);
    assert.ok(figure!.table.footnotes.some((n) => /varje kommun väger lika/.test(n)));
    assert.equal(figure!.source, 'Kolada (RKA).');
    const panel = figure!.beside!.panel;
    assert.match(panel.source, /^Äldreomsorgspanelen, enkät/);
    // Norrland has 2 answers (k = 3): ".."; Svealand is hidden too (×) so Norrland cannot be worked out from the total.
    const row = (g: string) => panel.table.rows.find((r) => r[0] === g)!.slice(1);
    assert.deepEqual(row('Norrland'), ['..', '..', '..', '..']);
    assert.deepEqual(row('Svealand'), ['×', '×', '×', '×']);
    assert.ok(row('Götaland').every((c) => /\d/.test(c)));
  });

  it('a chosen year gives that year; fetching new numbers keeps the choice', async () => {
    assert.equal((await add(editor, { beside_indicator: String(indicator), beside_year: '2023', beside_question: question })).status, 303);
    const second = (await draftOf(ctx, id)).figures[1]!;
    assert.match(second.beside!.registerTitle, /, 2023 /);
    assert.equal(second.chart.datasets.find((d) => d.label === 'Alla kommuner')!.data[second.chart.labels.indexOf('Götaland')], 50);
    assert.equal((await editor.post(`/lagesbilder/${id}/figurer/2/hamta`, { revision: await revisionOf(ctx, id) })).status, 303);
    assert.match((await draftOf(ctx, id)).figures[1]!.beside!.registerTitle, /, 2023 /);
    assert.equal((await editor.post(`/lagesbilder/${id}/figurer/2/ta-bort`, { revision: await revisionOf(ctx, id) })).status, 303);
  });

  it('the editor names the register half\'s source field and shows the panel half\'s source', async () => {
    const page = (await editor.get(`/lagesbilder/${id}/redigera`).expect(200)).text;
    assert.match(page, /Källa för registerdelen/);
    assert.match(page, /Panelens del har sin egen källa: Äldreomsorgspanelen, enkät/);
  });

  it('shows both halves with their sources in the preview and the published page', async () => {
    const preview = (await editor.get(`/lagesbilder/${id}/forhandsvisning`).expect(200)).text;
    for (const html of [preview]) {
      assert.match(html, /id="figur-1-register-title">Andel 80\+ med hemtjänst per landsdel, 2024/);
      assert.match(html, /id="figur-1-panel-title">Saknar ni vikarier\?, per landsdel/);
      assert.match(html, /Källa: Kolada \(RKA\)\.<\/p>[\s\S]*Källa: Äldreomsorgspanelen, enkät/);
    }
    assert.equal((await publish(ctx, editor, id)).status, 303);
    const page = (await ctx.anonymous().get(`/arkiv/${id}`).expect(200)).text;
    assert.match(page, /class="beside__halves"/);
    assert.match(page, /id="figur-1-panel-title"/);
  });

  it('puts both halves with their sources into the PDF', async function () {
    requirePoppler(this);
    const res = await ctx.anonymous().get(`/arkiv/${id}/version/1/pdf`).buffer(true);
    assert.equal(res.status, 200);
    const file = path.join(os.tmpdir(), `bredvid-${randomUUID()}.pdf`);
    try {
      writeFileSync(file, res.body as Buffer);
      const text = squash(pdftotext(file));
      assert.ok(text.includes('Figur 1. Andel 80+ med hemtjänst bredvid panelens svar: Saknar ni vikarier?, per landsdel'), text.slice(0, 2000));
      assert.ok(text.includes('Källa: Kolada (RKA).'));
      assert.match(text, /Källa: Äldreomsorgspanelen, enkät/);
      assert.ok(text.includes('Tabell: Andel 80+ med hemtjänst per landsdel, 2024'));
    } finally {
      rmSync(file, { force: true });
    }
  });
});
