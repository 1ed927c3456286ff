import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { readTable } from '../../../server/domain/tabular';

async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('domain/tabular: readTable on XLSX', () => {
  it('reads the first sheet with numbers, dates, formulas, rich text and links as text', async () => {
    const bytes = await workbookBytes((wb) => {
      const sheet = wb.addWorksheet('Panel');
      sheet.addRow(['Kommunkod', 'Kommun', 'Start', 'Antal', 'Länk', 'Summa']);
      sheet.addRow([114, 'Upplands Väsby', new Date(Date.UTC(2026, 5, 12)), 123456789012345, { text: 'webb', hyperlink: 'https://example.se' }, { formula: 'D2*2', result: 0.30000000000000004 }]);
      sheet.addRow([]); // an empty row in the middle is skipped
      sheet.addRow(['0305', { richText: [{ text: 'Hå' }, { font: { bold: true }, text: 'bo' }] }, null, 1e21, true, '']);
      wb.addWorksheet('Annat').addRow(['ignoreras']);
    });
    const table = await readTable(bytes, 'Panel.XLSX');
    if (!table.ok) assert.fail(table.message);
    assert.deepEqual(table.headers, ['Kommunkod', 'Kommun', 'Start', 'Antal', 'Länk', 'Summa']);
    assert.deepEqual(table.rows, [
      { line: 2, cells: ['114', 'Upplands Väsby', '2026-06-12', '123456789012345', 'webb', '0.3'] },
      { line: 4, cells: ['0305', 'Håbo', '', '1000000000000000000000', 'SANT', ''] },
    ]);
    assert.deepEqual(table.notices, ['Filen har 2 flikar. Bara den första (”Panel”) lästes in.']);
  });

  it('applies the row limit and duplicate check to workbooks too', async () => {
    const bytes = await workbookBytes((wb) => {
      const sheet = wb.addWorksheet('Blad1');
      sheet.addRow(['kommun', 'e-post']);
      for (let i = 0; i < 4; i++) sheet.addRow([`Kommun ${i}`, `a${i}@b.se`]);
    });
    const limited = await readTable(bytes, 'p.xlsx', { maxRows: 3 });
    assert.equal(limited.ok, false);
    assert.match(!limited.ok ? limited.message : '', /Filen har 4 rader, men högst 3/);

    const duplicate = await workbookBytes((wb) => wb.addWorksheet('Blad1').addRows([['E-post', 'e post'], ['a', 'b']]));
    const result = await readTable(duplicate, 'p.xlsx');
    assert.match(!result.ok ? result.message : '', /”e post” finns mer än en gång/);
  });

  it('reads a workbook that was given a .csv name', async () => {
    const bytes = await workbookBytes((wb) => wb.addWorksheet('Blad1').addRows([['kod'], ['2321']]));
    const table = await readTable(bytes, 'export.csv');
    assert.deepEqual(table.ok && table.rows, [{ line: 2, cells: ['2321'] }]);
  });

  it('refuses a broken zip with a Swedish message', async () => {
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60, 1)]);
    const result = await readTable(broken, 'p.xlsx');
    assert.match(!result.ok ? result.message : '', /Det gick inte att läsa Excel-filen/);
  });
});
