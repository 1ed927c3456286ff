import { COLOUR, addGap, contentWidth, leftEdge } from './layout';
import type { PdfDoc } from './pdf-types';
import { addStruct, drawArtifact, openStruct, type StructParent } from './structure';
import { CELL_PAD_X, CELL_PAD_Y, TABLE_TEXT_SIZE, cellFont, layoutTable, type TableData, type TableLayout } from './table-layout';

/** Height the table will take, for keeping it on one page with what comes before it. */
export function measureTable(doc: PdfDoc, table: TableData): number {
  return layoutTable(doc, table, contentWidth(doc)).height;
}

/**
 * A data table as Table › TR › TH/TD, with real text in every cell. Column headers and the first
 * column are TH so a screen reader can announce both for each value. If the table runs onto a new
 * page, its header row is repeated there.
 */
export function addTable(doc: PdfDoc, parent: StructParent, table: TableData): void {
  const layout = layoutTable(doc, table, contentWidth(doc));
  const element = openStruct(doc, parent, 'Table');
  addRow(doc, element, table.columns, layout, layout.headerHeight, true);
  table.rows.forEach((row, index) => {
    if (doc.y + layout.rowHeights[index] > doc.page.maxY()) {
      doc.addPage();
      addRow(doc, element, table.columns, layout, layout.headerHeight, true);
    }
    addRow(doc, element, row, layout, layout.rowHeights[index], false);
  });
  element.end();
  addGap(doc, 4);
}

function addRow(doc: PdfDoc, table: StructParent, cells: readonly string[], layout: TableLayout, height: number, header: boolean): void {
  const x0 = leftEdge(doc);
  const y = doc.y;
  const width = layout.widths.reduce((a, b) => a + b, 0);
  drawArtifact(doc, () => {
    if (header) doc.rect(x0, y, width, height).fill(COLOUR.tableHeader);
    doc.moveTo(x0, y + height).lineTo(x0 + width, y + height).lineWidth(header ? 1 : 0.5).stroke(COLOUR.rule);
  });
  const row = openStruct(doc, table, 'TR');
  let x = x0;
  cells.forEach((text, col) => {
    const cellX = x;
    const type = header || col === 0 ? 'TH' : 'TD';
    const scope = header ? 'Column' : col === 0 ? 'Row' : undefined;
    addStruct(doc, row, type, () => {
      doc.font(cellFont(header, col)).fontSize(TABLE_TEXT_SIZE).fillColor(COLOUR.text);
      doc.text(text, cellX + CELL_PAD_X, y + CELL_PAD_Y, {
        width: layout.widths[col] - 2 * CELL_PAD_X,
        align: layout.numeric[col] ? 'right' : 'left',
      });
    }, scope ? { scope } : {});
    x += layout.widths[col];
  });
  row.end();
  doc.x = x0;
  doc.y = y + height;
}
