import type { InlineRun } from '../domain/markdown';
import { FONT, fontFor, type FontName } from './fonts';
import { COLOUR, SIZE, contentWidth, leftEdge } from './layout';
import type { PdfDoc } from './pdf-types';
import { addStruct, openStruct, type StructParent } from './structure';

export type TextStyle = { font?: FontName; size?: number; colour?: string; align?: 'left' | 'right' | 'center' };
export type Box = { x: number; width: number; y?: number };

function fullWidth(doc: PdfDoc): Box {
  return { x: leftEdge(doc), width: contentWidth(doc) };
}

/** One structure element (P, H1, Lbl …) holding one string in one style. */
export function addText(
  doc: PdfDoc,
  parent: StructParent,
  type: string,
  text: string,
  style: TextStyle = {},
  box: Box = fullWidth(doc),
): void {
  addStruct(doc, parent, type, () => {
    doc.font(style.font ?? FONT.regular).fontSize(style.size ?? SIZE.body).fillColor(style.colour ?? COLOUR.text);
    doc.text(text, box.x, box.y ?? doc.y, { width: box.width, lineGap: SIZE.lineGap, align: style.align ?? 'left' });
  });
}

/**
 * Inline runs (bold, italic, links) flowed as one paragraph inside `parent`. Each link gets its own
 * Link structure element, which pdfkit ties to the link annotation.
 */
export function addRuns(
  doc: PdfDoc,
  parent: StructParent,
  runs: readonly InlineRun[],
  style: TextStyle = {},
  box: Box = fullWidth(doc),
): void {
  const size = style.size ?? SIZE.body;
  let first = true;
  runs.forEach((run, index) => {
    const draw = () => {
      doc.font(fontFor(run)).fontSize(size).fillColor(run.href ? COLOUR.link : (style.colour ?? COLOUR.text));
      const options: PDFKit.Mixins.TextOptions = {
        width: box.width,
        lineGap: SIZE.lineGap,
        continued: index < runs.length - 1,
        ...(run.href ? { link: run.href, underline: true } : {}),
      };
      if (first) doc.text(run.text, box.x, box.y ?? doc.y, options);
      else doc.text(run.text, options);
      first = false;
    };
    if (run.href) addStruct(doc, parent, 'Link', draw);
    else parent.add(draw);
  });
}

/** A structure element of `type` (P, LBody, BlockQuote …) holding a run of inline text. */
export function addRunsAs(
  doc: PdfDoc,
  parent: StructParent,
  type: string,
  runs: readonly InlineRun[],
  style: TextStyle = {},
  box?: Box,
): void {
  const element = openStruct(doc, parent, type);
  addRuns(doc, element, runs, style, box);
  element.end();
}
