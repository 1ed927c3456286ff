import { FONT } from './fonts';
import { COLOUR, SIZE, addGap, contentWidth, ensureSpace } from './layout';
import type { PdfDoc } from './pdf-types';
import type { StructParent } from './structure';
import { addText, type Box } from './text';

export type PdfHeadingLevel = 1 | 2 | 3 | 4;

const STYLE: Record<PdfHeadingLevel, { size: number; before: number; after: number }> = {
  1: { size: SIZE.h1, before: 0, after: 8 },
  2: { size: SIZE.h2, before: 14, after: 5 },
  3: { size: SIZE.h3, before: 10, after: 4 },
  4: { size: SIZE.h4, before: 8, after: 3 },
};

// Room for about three lines of body text below a heading, so it is never last on a page.
export const THREE_LINES = 3 * (SIZE.body * 1.4 + SIZE.lineGap);

export function headingSpaceBefore(level: PdfHeadingLevel): number {
  return STYLE[level].before;
}

/** Height a heading takes including the space around it. */
export function headingHeight(doc: PdfDoc, level: PdfHeadingLevel, text: string, width = contentWidth(doc)): number {
  const style = STYLE[level];
  return style.before + doc.font(FONT.bold).fontSize(style.size).heightOfString(text, { width, lineGap: SIZE.lineGap }) + style.after;
}

/**
 * A heading, moved to the next page unless what follows fits below it: by default three lines of
 * text; callers pass `keepWithNext` when a heading or a figure comes next.
 */
export function addHeading(
  doc: PdfDoc,
  parent: StructParent,
  level: PdfHeadingLevel,
  text: string,
  options: { box?: Box; keepWithNext?: number } = {},
): void {
  const style = STYLE[level];
  ensureSpace(doc, headingHeight(doc, level, text, options.box?.width) + (options.keepWithNext ?? THREE_LINES));
  if (doc.y > doc.page.margins.top) addGap(doc, style.before);
  addText(doc, parent, `H${level}`, text, { font: FONT.bold, size: style.size, colour: COLOUR.heading }, options.box);
  addGap(doc, style.after);
}
