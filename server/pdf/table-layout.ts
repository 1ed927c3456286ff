import { FONT, type FontName } from './fonts';
import type { PdfDoc } from './pdf-types';

export type TableData = { columns: readonly string[]; rows: readonly (readonly string[])[] };

export type TableLayout = {
  widths: number[];
  numeric: boolean[];
  headerHeight: number;
  rowHeights: number[];
  height: number;
};

export const TABLE_TEXT_SIZE = 8.5;
export const CELL_PAD_X = 4;
export const CELL_PAD_Y = 2.5;

// A column whose body cells are all figures ("71", "38,2", "1 234", "–") is right-aligned.
const FIGURE_CELL = /^(–|[-−]?[\d\s\u00a0]*[\d][\d\s\u00a0,.]*\s?%?)$/;

/** Header cells and the first column (row headers) are bold. */
export function cellFont(header: boolean, col: number): FontName {
  return header || col === 0 ? FONT.bold : FONT.regular;
}

/** Column widths and row heights, measured with the fonts the table is drawn in. */
export function layoutTable(doc: PdfDoc, table: TableData, width: number): TableLayout {
  const numeric = table.columns.map(
    (_, col) => col > 0 && table.rows.length > 0 && table.rows.every((row) => FIGURE_CELL.test(row[col].trim())),
  );
  const widths = columnWidths(doc, table, width);
  const headerHeight = rowHeight(doc, table.columns, widths, true);
  const rowHeights = table.rows.map((row) => rowHeight(doc, row, widths, false));
  const height = headerHeight + rowHeights.reduce((sum, h) => sum + h, 0);
  return { widths, numeric, headerHeight, rowHeights, height };
}

function measure(doc: PdfDoc, text: string, font: FontName): number {
  return doc.font(font).fontSize(TABLE_TEXT_SIZE).widthOfString(text);
}

// Auto layout as browsers do it: every column gets at least its longest word, and the remaining
// width goes to the columns in proportion to how much more they would need to fit on one line.
function columnWidths(doc: PdfDoc, table: TableData, width: number): number[] {
  const columnCells = table.columns.map((_, col) => cellsOf(table, col));
  const natural = columnCells.map((cells) => 2 * CELL_PAD_X + Math.max(...cells.map(([text, font]) => measure(doc, text, font))));
  const minimum = columnCells.map(
    (cells) => 2 * CELL_PAD_X + Math.max(...cells.flatMap(([text, font]) => text.split(/\s+/).map((word) => measure(doc, word, font)))),
  );
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const naturalTotal = sum(natural);
  if (naturalTotal <= width) return natural.map((w, col) => (col === 0 ? w + width - naturalTotal : w));
  const minimumTotal = sum(minimum);
  if (minimumTotal >= width) return minimum.map((w) => (w * width) / minimumTotal);
  const wanted = natural.map((w, col) => w - minimum[col]);
  return minimum.map((w, col) => w + ((width - minimumTotal) * wanted[col]) / sum(wanted));
}

function cellsOf(table: TableData, col: number): [string, FontName][] {
  return [
    [table.columns[col], cellFont(true, col)],
    ...table.rows.map((row): [string, FontName] => [row[col], cellFont(false, col)]),
  ];
}

function rowHeight(doc: PdfDoc, cells: readonly string[], widths: number[], header: boolean): number {
  const heights = cells.map((text, col) =>
    doc.font(cellFont(header, col)).fontSize(TABLE_TEXT_SIZE).heightOfString(text, { width: widths[col] - 2 * CELL_PAD_X }),
  );
  return Math.max(...heights) + 2 * CELL_PAD_Y;
}
