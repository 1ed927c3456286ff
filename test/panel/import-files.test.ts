import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { createTestContext, type StaffClient, type TestContext } from '../support/context';
import { addMember, dryRun, upload } from './support';

/** [line, status] of every dry-run row. */
const statuses = (html: string) => [...html.matchAll(/<th scope="row">(\d+)<\/th>[\s\S]*?<span class="tag [^"]+">([^<]+)<\/span>/g)].map((m) => [Number(m[1]), m[2]]);

describe('panel import: file formats', () => {
  let ctx: TestContext;
  let editor: StaffClient;
  beforeEach(async () => {
    ctx = await createTestContext();
    editor = await ctx.as('editor');
    await addMember(ctx, '1280', { name: 'Mia Malm', email: 'm@malmo.example' });
  });
  afterEach(() => ctx.close());

  it('reads Windows-1252 (Latin-1) and says so', async () => {
    const latin1 = iconv.encode('kommun;namn;e-post\r\nMalmö;Mia Malm;m@malmo.example\r\nHåbo;Åsa Öberg;asa@habo.example\r\n', 'windows-1252');
    const { page } = await dryRun(ctx, editor, 'latin1.csv', latin1);
    assert.deepEqual(statuses(page.text), [[2, 'Oförändrad'], [3, 'Ny']]);
    assert.match(page.text, /lästes som Windows-1252/);
    assert.match(page.text, /Åsa Öberg/);
  });

  it('reads UTF-8 with a BOM and commas, tabs, extra columns and empty lines (line numbers as in the file)', async () => {
    const bom = '\uFEFFKommunkod,E-post,Namn,Anteckning\r\n1280,m@malmo.example,Mia Malm,ringde i maj\r\n\r\n,,,\r\n2584,kim@kiruna.example,Kim Kiruna,\r\n';
    const first = await dryRun(ctx, editor, 'bom.csv', bom);
    assert.deepEqual(statuses(first.page.text), [[2, 'Oförändrad'], [5, 'Ny']]);
    assert.match(first.page.text, /Kolumner som inte används: ”Anteckning”/);
    const tabs = 'kommunkod\te-post\tnamn\n1280\tm@malmo.example\tMia Malm\n';
    assert.deepEqual(statuses((await dryRun(ctx, editor, 'tabbar.txt', tabs)).page.text), [[2, 'Oförändrad']]);
  });

  it('reads quoted fields with semicolons inside and strips our own formula escaping', async () => {
    const csv = 'kommunkod;namn;titel;e-post;telefon\n2584;"Berg; Kim";"Chef ""äldre""";kim@kiruna.example;\'+46 70 174 06 10\n';
    const { id } = await dryRun(ctx, editor, 'citat.csv', csv);
    await editor.post(`/panel/import/${id}`);
    const kim = await ctx.db.selectFrom('contacts').selectAll().where('email', '=', 'kim@kiruna.example').executeTakeFirstOrThrow();
    assert.deepEqual([kim.name, kim.title, kim.phone], ['Berg; Kim', 'Chef "äldre"', '+46 70 174 06 10']);
  });

  it('reads an Excel workbook by its headers', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Kontakter');
    ws.addRow(['Kommun', 'Kommunkod', 'E-postadress', 'Namn', 'Telefon']);
    ws.addRow(['Malmö', 1280, 'm@malmo.example', 'Mia Malm', '040-1']);
    ws.addRow(['Kiruna', 2584, 'kim@kiruna.example', 'Kim Kiruna', null]);
    ws.addRow(['Upplands Väsby', 114, 'u@vasby.example', 'Ulla Väsby', null]);
    const { page } = await dryRun(ctx, editor, 'panel.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    assert.deepEqual(statuses(page.text), [[2, 'Ändras'], [3, 'Ny'], [4, 'Ny']]);
    assert.match(page.text, /Kommunkoden 114 lästes som 0114/);
  });

  it('rejects broken files with a clear Swedish message', async () => {
    const cases: [string, Buffer | string, RegExp][] = [
      ['dubbelkodad.csv', 'kommun;namn;e-post\nMalmÃ¶;Mia;m@malmo.example\n', /fel teckenkodning.*CSV UTF-8/],
      ['gammal.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /gamla Excel-formatet \(\.xls\)/],
      ['tom.csv', '', /Filen är tom/],
      ['bara-rubrik.csv', 'kommunkod;e-post\n\n', /rubrikrad men inga rader/],
      ['bild.png', 'x', /Filtypen stöds inte/],
      ['dubbla.csv', 'kommunkod;e-post;E-post\n0114;a@b.example;c@d.example\n', /finns mer än en gång/],
      ['citat.csv', 'kommunkod;e-post\n"0114;a@b.example\n', /citattecken.*avslutas aldrig/],
    ];
    for (const [name, content, message] of cases) {
      const res = await upload(ctx, editor, name, content);
      assert.equal(res.status, 422, name);
      assert.match(res.text.replace(/&#39;|&quot;/g, '"'), message, name);
      assert.match(res.text, /<p class="error-message" id="f-fil-error">/, name);
    }
  });
});
