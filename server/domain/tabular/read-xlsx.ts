import ExcelJS from 'exceljs';
import { excelCellText } from './excel-cell-text';
import { fail, type RawRecord, type RecordsRead } from './types';

/** First worksheet of an .xlsx file → records numbered by Excel row. */
// exceljs declares its own global Buffer type, which Node's Buffer<ArrayBufferLike> does not satisfy.
type ExcelJsBuffer = Parameters<ExcelJS.Xlsx['load']>[0];

export async function readXlsxRecords(buffer: Buffer): Promise<RecordsRead> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJsBuffer);
  } catch {
    return fail('Det gick inte att läsa Excel-filen. Kontrollera att den inte är skadad, och spara den på nytt som Excel-arbetsbok (.xlsx).');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return fail('Excel-filen har inga flikar med uppgifter.');
  const notices: string[] = [];
  if (workbook.worksheets.length > 1) {
    notices.push(`Filen har ${workbook.worksheets.length} flikar. Bara den första (”${sheet.name}”) lästes in.`);
  }
  const records: RawRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) {
      cells.push(excelCellText(row.getCell(column).value));
    }
    records.push({ line: rowNumber, cells });
  });
  return { ok: true, records, notices };
}
