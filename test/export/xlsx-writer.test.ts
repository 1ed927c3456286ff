import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { toXlsx } from '../../server/export';

async function readBack(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

describe('toXlsx', () => {
  it('escapes formula text in every string cell and keeps numbers as numbers', async () => {
    const buffer = await toXlsx([
      {
        name: 'Svar',
        headers: ['=rubrik', 'Antal'],
        rows: [
          ['=1+1', -5],
          ['+46', 2.5],
          ['-1', null],
          ['@SUM(A1)', 0],
          ['\tflik', 1],
          ['\rretur', 1],
          ['Ale', 12],
        ],
        footnotes: ['– = uppgiften visas inte.', '=fotnot'],
      },
    ]);
    const sheet = (await readBack(buffer)).getWorksheet('Svar')!;
    const values = (column: number) => Array.from({ length: 11 }, (_, i) => sheet.getRow(i + 1).getCell(column).value);
    assert.deepEqual(values(1), [
      "'=rubrik",
      "'=1+1",
      "'+46",
      "'-1",
      "'@SUM(A1)",
      "'\tflik",
      "'\nretur", // XML parsers read a raw CR in text back as LF; the apostrophe is what counts.
      'Ale',
      null,
      '– = uppgiften visas inte.',
      "'=fotnot",
    ]);
    assert.deepEqual(values(2).slice(0, 8), ['Antal', -5, 2.5, null, 0, 1, 1, 12]);
    assert.equal(sheet.getCell('A2').type, ExcelJS.ValueType.String);
    assert.equal(sheet.getCell('B2').type, ExcelJS.ValueType.Number);
  });

  it('makes the header row bold and frozen and sizes columns to their content', async () => {
    const long = 'x'.repeat(200);
    const buffer = await toXlsx([{ name: 'Panel', headers: ['Kommun', 'Id', 'Kommentar'], rows: [['Upplands Väsby', 1, long]] }]);
    const sheet = (await readBack(buffer)).getWorksheet('Panel')!;
    assert.equal(sheet.getRow(1).getCell(1).font?.bold, true);
    assert.notEqual(sheet.getRow(2).getCell(1).font?.bold, true);
    assert.equal(sheet.views[0]?.state, 'frozen');
    assert.equal((sheet.views[0] as { ySplit?: number }).ySplit, 1);
    assert.deepEqual([1, 2, 3].map((c) => sheet.getColumn(c).width), ['Upplands Väsby'.length + 2, 8, 60]);
  });

  it('cleans sheet names and keeps them unique', async () => {
    const buffer = await toXlsx([
      { name: 'Resultat [landsdel]: a/b?*\\', headers: ['a'], rows: [] },
      { name: 'En mycket lång rubrik för ett blad i Excel', headers: ['a'], rows: [] },
      { name: 'en mycket lång rubrik för ett blad i excel', headers: ['a'], rows: [] },
    ]);
    const names = (await readBack(buffer)).worksheets.map((sheet) => sheet.name);
    assert.deepEqual(names, ['Resultat landsdel a b', 'En mycket lång rubrik för ett b', 'en mycket lång rubrik för e (2)']);
  });

  it('refuses a workbook without sheets', async () => {
    await assert.rejects(toXlsx([]), /minst ett blad/);
  });
});
