import type ExcelJS from 'exceljs';
import { excelCellText } from './excel-cell-text';
import { cellTooLong, MAX_CELL_CHARS, MAX_COLUMNS, tooManyColumns } from './limits';
import { fail, type RawRecord, type RecordsRead } from './types';
import { DAMAGED_ZIP } from './zip-directory';

// exceljs declares its own global Buffer type, which Node's Buffer<ArrayBufferLike> does not satisfy.
type ExcelJsBuffer = Parameters<ExcelJS.Xlsx['load']>[0];

/** A row's cells as text, up to its last cell with content; a Failure text if the row breaks a cap. */
function rowCells(row: ExcelJS.Row, rowNumber: number): string[] | string {
  const cells: string[] = [];
  let problem: string | null = null;
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    if (problem !== null) return;
    const text = excelCellText(cell.value);
    if (text.trim() === '') return;
    if (column > MAX_COLUMNS) problem = tooManyColumns(rowNumber);
    else if (text.length > MAX_CELL_CHARS) problem = cellTooLong(rowNumber);
    else {
      while (cells.length < column - 1) cells.push('');
      cells.push(text);
    }
  });
  return problem ?? cells;
}

/** First worksheet of an .xlsx file → records with content, numbered by Excel row; at most `keep` of them. */
export async function readXlsxRecords(buffer: Buffer, keep = Infinity): Promise<RecordsRead> {
  // Loaded on first use: exceljs is large, and a worker reading a CSV file should not pay for it.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJsBuffer);
  } catch {
    return fail(DAMAGED_ZIP);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return fail('Excel-filen har inga flikar med uppgifter.');
  const notices: string[] = [];
  if (workbook.worksheets.length > 1) {
    notices.push(`Filen har ${workbook.worksheets.length} flikar. Bara den första (”${sheet.name}”) lästes in.`);
  }
  const records: RawRecord[] = [];
  let extra = 0;
  let problem: string | null = null;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (problem !== null) return;
    const cells = rowCells(row, rowNumber);
    if (typeof cells === 'string') problem = cells;
    else if (cells.length === 0) return;
    else if (records.length < keep) records.push({ line: rowNumber, cells });
    else extra++;
  });
  return problem === null ? { ok: true, records, extra, notices } : fail(problem);
}
