import assert from 'node:assert/strict';
import { parseString } from '@fast-csv/parse';
import ExcelJS from 'exceljs';
import { createTestContext, type TestContext } from '../support/context';
import { insertFixtureResponses, insertWaveFixture, type FixtureResponse } from './fixtures';

type Row = Record<string, string>;
/** fast-csv (the parser exceljs ships with), as an analyst's tool would read it: ";" and a header row. */
function readCsv(text: string): Promise<Row[]> {
  return new Promise((resolve, reject) => {
    const rows: Row[] = [];
    parseString(text.replace(/^\uFEFF/, ''), { headers: true, delimiter: ';' }).on('data', (r: Row) => rows.push(r)).on('error', reject).on('end', () => resolve(rows));
  });
}

function binary(res: NodeJS.ReadableStream, cb: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
}

function responses(plan: [string, number][]): FixtureResponse[] {
  return plan.flatMap(([landsdel, n]) => Array.from({ length: n }, (_, i) => ({ bg: { landsdel }, answers: [{ q: 'brist', code: i % 2 ? 'ja' : 'nej' }, { q: 'antal', num: i }] })));
}

// Issue 16 §2 and acceptance 4: a long, tidy CSV (one row per question, group and value) and an XLSX with one table per sheet.
describe('results: tidy exports', () => {
  let ctx: TestContext;
  let wave: number;
  before(async () => {
    ctx = await createTestContext();
    wave = (await insertWaveFixture(ctx.db, { k: 3, dimensions: ['landsdel'] })).waveId;
    await insertFixtureResponses(ctx.db, wave, responses([['Götaland', 7], ['Svealand', 12], ['Norrland', 2]]));
  });
  after(() => ctx.close());

  it('the long CSV loads with a standard CSV reader into one row per (question, group, value), suppression kept', async () => {
    const res = await (await ctx.as('analyst')).get(`/resultat/vagor/${wave}/export-lang.csv?uppdelning=landsdel`).expect(200).buffer(true);
    const rows = await readCsv(res.text);
    assert.deepEqual(Object.keys(rows[0]!), ['wave', 'question', 'question_text', 'group', 'value', 'count', 'n', 'share', 'statistic', 'suppressed']);
    const keys = rows.map((r) => `${r.question}|${r.group}|${r.value}`);
    assert.equal(new Set(keys).size, keys.length, 'no (question, group, value) twice');
    const brist = rows.filter((r) => r.question === 'brist');
    assert.deepEqual([...new Set(brist.map((r) => r.group))].sort(), ['Götaland', 'Norrland', 'Svealand', 'Totalt'].sort());
    const gotalandJa = brist.find((r) => r.group === 'Götaland' && r.value === 'Ja')!;
    assert.deepEqual([gotalandJa.count, gotalandJa.n, gotalandJa.share, gotalandJa.suppressed], ['3', '7', '42,9', '0']);
    const norrland = rows.filter((r) => r.group === 'Norrland');
    assert.ok(norrland.length > 0 && norrland.every((r) => r.suppressed === '1' && r.count === '' && r.n === '' && r.share === '' && r.statistic === ''), 'a hidden group shows no figures');
    const mean = rows.find((r) => r.question === 'antal' && r.group === 'Götaland' && r.value === 'Medelvärde')!;
    assert.equal(mean.statistic, '3');
    assert.equal(mean.share, '');
    const overall = await readCsv((await (await ctx.as('editor')).get(`/resultat/vagor/${wave}/export-lang.csv`).expect(200)).text);
    assert.deepEqual([...new Set(overall.map((r) => r.group))], ['Samtliga']);
  });

  it('the XLSX has one tidy table per sheet: a header row and data, footnotes on their own sheet', async () => {
    const res = await (await ctx.as('analyst')).get(`/resultat/vagor/${wave}/export.xlsx?uppdelning=landsdel`).buffer(true).parse(binary as never).expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as never);
    const names = book.worksheets.map((w) => w.name);
    assert.ok(names.includes('1 brist'), names.join(', '));
    assert.equal(names.at(-1), 'Frågor och fotnoter');
    const sheet = book.getWorksheet('1 brist')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    assert.deepEqual([header[0], header[1], header.at(-1)], ['Landsdel', 'Ja (%)', 'Antal svarande (n)']);
    const widths = new Set<number>();
    sheet.eachRow((row) => widths.add((row.values as unknown[]).slice(1).length));
    assert.equal(widths.size, 1, 'every row of a sheet has the same columns (no titles or notes in between)');
  });
});
