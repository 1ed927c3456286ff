import { FONT } from './fonts';
import { COLOUR, PAGE, SIZE, contentWidth, leftEdge } from './layout';
import type { PdfDoc } from './pdf-types';
import { drawArtifact } from './structure';

/**
 * Writes "Sida n av N" (and the document name) on every buffered page. Runs last, when N is known.
 * The bottom margin is lifted while writing so pdfkit does not start a new page for the footer.
 */
export function writePageFooters(doc: PdfDoc, label: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const x = leftEdge(doc);
    const width = contentWidth(doc);
    const y = doc.page.height - PAGE.footerOffset;
    drawArtifact(doc, () => {
      doc.moveTo(x, y - 6).lineTo(x + width, y - 6).lineWidth(0.5).stroke(COLOUR.rule);
      doc.font(FONT.regular).fontSize(SIZE.small).fillColor(COLOUR.muted);
      doc.text(label, x, y, { width: width * 0.75, height: SIZE.small * 1.5, ellipsis: true, lineBreak: false });
      doc.text(`Sida ${index - start + 1} av ${count}`, x, y, { width, align: 'right', lineBreak: false });
    }, 'Pagination');
    doc.page.margins.bottom = bottomMargin;
  }
}
