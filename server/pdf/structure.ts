import type { PdfDoc, PdfStruct } from './pdf-types';

// Typed access to pdfkit's structure tree. @types/pdfkit lags behind pdfkit 0.20 (no bbox, placement
// or scope options), so the cast lives here and nowhere else.

export type StructParent = PdfStruct;

export type StructOptions = {
  alt?: string;
  lang?: string;
  title?: string;
  bbox?: [number, number, number, number];
  placement?: 'Block' | 'Inline';
  scope?: 'Row' | 'Column' | 'Both';
};

/** Creates a structure element, attaches it to `parent` and returns it for children to be added. */
export function openStruct(doc: PdfDoc, parent: StructParent, type: string, options: StructOptions = {}): StructParent {
  const element = doc.struct(type, options as PDFKit.Mixins.StructureElementOptions);
  parent.add(element);
  return element;
}

/** A structure element whose whole content is drawn by `draw`. */
export function addStruct(
  doc: PdfDoc,
  parent: StructParent,
  type: string,
  draw: () => void,
  options: StructOptions = {},
): void {
  const element = openStruct(doc, parent, type, options);
  element.add(draw);
  element.end();
}

/**
 * Decoration (rules, backgrounds, page numbers) marked as an artifact so screen readers skip it.
 * Must be called between structure elements, never inside one's drawing closure.
 */
export function drawArtifact(doc: PdfDoc, draw: () => void, type?: 'Pagination' | 'Layout'): void {
  doc.markContent('Artifact', type ? { type } : undefined);
  draw();
  doc.endMarkedContent();
}
