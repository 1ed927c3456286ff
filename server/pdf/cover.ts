import type { LagesbildDocument } from '../domain/lagesbild';
import { FONT } from './fonts';
import { addHeading } from './heading';
import { COLOUR, SIZE, addGap, leftEdge } from './layout';
import { addList } from './list';
import type { PdfDoc } from './pdf-types';
import { drawArtifact, type StructParent } from './structure';
import { addText } from './text';

const BAND_HEIGHT = 64;

/** The first page's top: publisher band, title, subtitle, date line, ingress and key findings. */
export function addCover(doc: PdfDoc, root: StructParent, lagesbild: LagesbildDocument): void {
  drawArtifact(doc, () => doc.rect(0, 0, doc.page.width, BAND_HEIGHT).fill(COLOUR.band));
  addText(doc, root, 'P', lagesbild.publisher, { font: FONT.bold, size: 11, colour: COLOUR.onBand }, {
    x: leftEdge(doc), y: 26, width: doc.page.width - 2 * leftEdge(doc),
  });
  doc.y = BAND_HEIGHT + 28;

  addHeading(doc, root, 1, lagesbild.title);
  if (lagesbild.subtitle) {
    addText(doc, root, 'P', lagesbild.subtitle, { size: SIZE.subtitle, colour: COLOUR.heading });
    addGap(doc, 4);
  }
  addText(doc, root, 'P', [lagesbild.documentNumber, lagesbild.date].filter(Boolean).join(' · '), {
    size: 9.5, colour: COLOUR.muted,
  });
  if (lagesbild.version > 1) {
    const note = lagesbild.changeNote ? ` Ändring: ${lagesbild.changeNote}` : '';
    addText(doc, root, 'P', `Version ${lagesbild.version}.${note}`, { font: FONT.italic, size: 9.5, colour: COLOUR.muted });
  }
  addGap(doc, 14);

  addText(doc, root, 'P', lagesbild.ingress, { size: SIZE.lead });
  addGap(doc, 6);
  addHeading(doc, root, 2, 'Viktigaste resultaten');
  const items = lagesbild.keyFindings.map((finding) => ({ marker: '•', depth: 0, runs: [{ text: finding, bold: false, italic: false }] }));
  addList(doc, root, items, {}, 5);
}
