import type { PdfDoc } from './pdf-types';

// Page geometry, colours and type sizes shared by every part of the PDF. Units are PDF points.

const MM = 72 / 25.4;

export const PAGE = {
  size: 'A4',
  margins: { top: 20 * MM, bottom: 24 * MM, left: 20 * MM, right: 20 * MM },
  footerOffset: 12 * MM, // footer baseline area, measured up from the bottom edge
} as const;

export const COLOUR = {
  text: '#1a1a1a',
  heading: '#12325c',
  muted: '#4d4d4d',
  link: '#1b5e9e',
  band: '#12325c',
  onBand: '#ffffff',
  rule: '#b8c2cc',
  tableHeader: '#e8edf3',
  boxBackground: '#f2f5f9',
  boxBorder: '#9fb0c3',
} as const;

export const SIZE = {
  body: 10,
  lead: 12,
  small: 8.5,
  h1: 24,
  h2: 15,
  h3: 12.5,
  h4: 11,
  subtitle: 13,
  lineGap: 2.5,
} as const;

export function contentWidth(doc: PdfDoc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

export function leftEdge(doc: PdfDoc): number {
  return doc.page.margins.left;
}

/** Space left on the current page above the bottom margin. */
export function spaceLeft(doc: PdfDoc): number {
  return doc.page.maxY() - doc.y;
}

/**
 * Starts a new page unless `height` fits on this one. Used to keep a heading with what follows it
 * and a figure in one piece; something taller than a whole page is allowed to flow.
 */
export function ensureSpace(doc: PdfDoc, height: number): void {
  if (height <= pageBodyHeight(doc) && height > spaceLeft(doc)) doc.addPage();
}

/** Height between the top and bottom margins. */
export function pageBodyHeight(doc: PdfDoc): number {
  return doc.page.maxY() - doc.page.margins.top;
}

export function addGap(doc: PdfDoc, points: number): void {
  doc.y += points;
}
