import type { ListItemBlock } from '../domain/markdown';
import { FONT } from './fonts';
import { COLOUR, SIZE, addGap, contentWidth, ensureSpace, leftEdge } from './layout';
import type { PdfDoc } from './pdf-types';
import { addRunsAs, type TextStyle } from './text';
import { addStruct, openStruct, type StructParent } from './structure';

const MARKER_WIDTH = 16;
const DEPTH_INDENT = 16;

/** A list as L › LI › (Lbl, LBody), the marker drawn beside the first line of its item. */
export function addList(
  doc: PdfDoc,
  parent: StructParent,
  items: readonly ListItemBlock[],
  style: TextStyle = {},
  itemGap = 3,
): void {
  const size = style.size ?? SIZE.body;
  const list = openStruct(doc, parent, 'L');
  for (const item of items) {
    ensureSpace(doc, 2 * doc.fontSize(size).currentLineHeight(true));
    const x = leftEdge(doc) + item.depth * DEPTH_INDENT;
    const y = doc.y;
    const markerWidth = item.marker.length > 2 ? MARKER_WIDTH + 6 : MARKER_WIDTH;
    const li = openStruct(doc, list, 'LI');
    addStruct(doc, li, 'Lbl', () => {
      doc.font(FONT.regular).fontSize(size).fillColor(style.colour ?? COLOUR.text);
      doc.text(item.marker, x, y, { width: markerWidth, lineBreak: false });
    });
    const bodyBox = { x: x + markerWidth, y, width: contentWidth(doc) - (x - leftEdge(doc)) - markerWidth };
    addRunsAs(doc, li, 'LBody', item.runs, style, bodyBox);
    li.end();
    addGap(doc, itemGap);
  }
  list.end();
}
