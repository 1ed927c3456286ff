import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { createTestContext, type StaffClient, type TestContext } from '../support/context';
import { addMember, dryRun } from './support';

function binary(res: NodeJS.ReadableStream, cb: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
}

describe('panel export', () => {
  let ctx: TestContext;
  let viewer: StaffClient;
  beforeEach(async () => {
    ctx = await createTestContext();
    viewer = await ctx.as('viewer');
    const id = await addMember(ctx, '1280', { name: 'Mia Malm', title: 'Socialchef', email: 'm@malmo.example', phone: '040-12' });
    await addMember(ctx, '2584', { name: 'Kim Kiruna', email: 'kim@kiruna.example' });
    // Values a spreadsheet would run as formulas, stored behind the forms' back (an import from elsewhere, say).
    await ctx.db.updateTable('contacts').set({ name: '=HYPERLINK("http://evil.example","Klicka")', title: '+1+2', phone: '-3' }).where('id', '=', id).execute();
    await addMember(ctx, '0180', { name: '@SUM(A1)', email: 'a@stockholm.example' });
  });
  afterEach(() => ctx.close());

  it('exports the panel as CSV with formula cells escaped', async () => {
    const res = await viewer.get('/panel/export.csv');
    assert.equal(res.status, 200);
    assert.match(res.headers['content-type']!, /^text\/csv; charset=utf-8/);
    assert.match(res.headers['content-disposition']!, /^attachment; filename="panelen-2026-11-23\.csv"$/);
    const lines = res.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    assert.equal(lines[0], 'kommunkod;kommun;namn;titel;e-post;telefon;e-post studsar;avanmäld;ersättare namn;ersättare titel;ersättare e-post;ersättare telefon;län;landsdel;kommungrupp;folkmängd;status;med sedan');
    assert.equal(lines.length, 4);
    const malmo = lines.find((l) => l.startsWith('1280;'))!;
    assert.ok(malmo.startsWith(`1280;Malmö;"'=HYPERLINK(""http://evil.example"",""Klicka"")";'+1+2;m@malmo.example;'-3;nej;nej;`), malmo);
    assert.match(lines.find((l) => l.startsWith('0180;'))!, /^0180;Stockholm;'@SUM\(A1\);/);
  });

  it('exports the panel as XLSX with formula cells stored as text', async () => {
    const res = await viewer.get('/panel/export.xlsx').buffer(true).parse(binary as never);
    assert.equal(res.status, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as never);
    const ws = wb.worksheets[0]!;
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const malmo = rows.find((r) => r[0] === '1280')!;
    assert.deepEqual(malmo.slice(2, 6), ["'=HYPERLINK(\"http://evil.example\",\"Klicka\")", "'+1+2", 'm@malmo.example', "'-3"]);
    ws.eachRow((row) => row.eachCell((cell) => assert.notEqual(cell.type, ExcelJS.ValueType.Formula)));
  });

  it('an exported file can be imported again: every row unchanged', async () => {
    const csv = await viewer.get('/panel/export.csv');
    const editor = await ctx.as('editor');
    const { page } = await dryRun(ctx, editor, 'export.csv', csv.text);
    const tags = [...page.text.matchAll(/<span class="tag [^"]+">([^<]+)<\/span><\/td>/g)].map((m) => m[1]);
    assert.deepEqual(tags, ['Oförändrad', 'Oförändrad', 'Oförändrad']);
    assert.match(page.text, /Det finns inget att importera/);
  });
});
