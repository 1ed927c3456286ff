import ExcelJS from 'exceljs';
import { escapeCell, type ExportCell } from './escape-cell';
import { safeSheetName } from './sheet-name';

export interface XlsxSheet {
  name: string;
  headers: readonly string[];
  rows: readonly (readonly ExportCell[])[];
  /** Lines written below the table after an empty row, e.g. the "–" explanations. */
  footnotes?: readonly string[];
}

const MIN_COLUMN_WIDTH = 8;
const MAX_COLUMN_WIDTH = 60;

/**
 * An Excel workbook with one worksheet per sheet: bold, frozen header row, column widths from the
 * content, footnotes under the table. Strings go through escapeCell (a leading apostrophe is then
 * part of the text, visible in the cell); numbers are stored as numbers, unformatted, so round
 * them before export. Sheet names are cleaned and made unique with safeSheetName.
 */
export async function toXlsx(sheets: readonly XlsxSheet[]): Promise<Buffer> {
  if (sheets.length === 0) throw new RangeError('Exporten måste ha minst ett blad');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Äldreomsorgspanelen';
  const takenNames = new Set<string>();
  for (const sheet of sheets) addSheet(workbook, sheet, safeSheetName(sheet.name, takenNames));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addSheet(workbook: ExcelJS.Workbook, sheet: XlsxSheet, name: string): void {
  const worksheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  const header = worksheet.addRow(sheet.headers.map((cell) => escapeCell(cell)));
  header.font = { bold: true };
  for (const row of sheet.rows) worksheet.addRow(row.map((cell) => escapeCell(cell)));
  if (sheet.footnotes && sheet.footnotes.length > 0) {
    worksheet.addRow([]);
    for (const note of sheet.footnotes) worksheet.addRow([escapeCell(note)]);
  }
  columnWidths(sheet).forEach((width, index) => {
    worksheet.getColumn(index + 1).width = width;
  });
}

// Footnotes are left out: they may run across the empty cells to their right.
// Loops rather than Math.max(...spread), which overflows the stack on very long exports.
function columnWidths(sheet: XlsxSheet): number[] {
  const widths: number[] = [];
  for (const row of [sheet.headers, ...sheet.rows]) {
    row.forEach((cell, column) => {
      widths[column] = Math.max(widths[column] ?? MIN_COLUMN_WIDTH, Math.min(MAX_COLUMN_WIDTH, displayLength(cell) + 2));
    });
  }
  return widths;
}

function displayLength(cell: ExportCell): number {
  const text = String(escapeCell(cell) ?? '');
  return text.split(/\r?\n/).reduce((longest, line) => Math.max(longest, line.length), 0);
}
