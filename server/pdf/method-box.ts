import { describeMethodFacts, type MethodBox } from '../domain/lagesbild';
import { FONT } from './fonts';
import { addHeading, headingHeight, headingSpaceBefore } from './heading';
import { COLOUR, SIZE, addGap, contentWidth, ensureSpace, leftEdge } from './layout';
import type { PdfDoc } from './pdf-types';
import { drawArtifact, openStruct, type StructParent } from './structure';
import { addRunsAs, addText, type Box } from './text';

const PADDING = 12;
const PARAGRAPH_GAP = 5;
const TEXT_SIZE = 9.5; // a notch below body text: the box is reference material

/** "Om undersökningen": the key numbers and the method paragraphs, inside a tinted frame. */
export function addMethodBox(doc: PdfDoc, parent: StructParent, method: MethodBox): void {
  const outer = { x: leftEdge(doc), width: contentWidth(doc) };
  const inner: Box = { x: outer.x + PADDING, width: outer.width - 2 * PADDING };
  const facts = describeMethodFacts(method).map((fact) => [
    { text: `${fact.term}: `, bold: true, italic: false },
    { text: fact.value, bold: false, italic: false },
  ]);
  const height = 2 * PADDING + measure(doc, inner.width, facts.map((runs) => runs.map((r) => r.text).join('')), method.text);
  ensureSpace(doc, height + 8);

  const top = doc.y + 8;
  drawArtifact(doc, () => {
    doc.rect(outer.x, top, outer.width, height).fillAndStroke(COLOUR.boxBackground, COLOUR.boxBorder);
  });
  doc.y = top + PADDING - headingSpaceBefore(2); // addHeading adds that space back
  const section = openStruct(doc, parent, 'Sect');
  addHeading(doc, section, 2, 'Om undersökningen', { box: inner });
  for (const runs of facts) addRunsAs(doc, section, 'P', runs, { size: TEXT_SIZE }, inner);
  addGap(doc, PARAGRAPH_GAP);
  for (const paragraph of method.text) {
    addText(doc, section, 'P', paragraph, { size: TEXT_SIZE }, inner);
    addGap(doc, PARAGRAPH_GAP);
  }
  section.end();
  doc.x = outer.x;
  doc.y = Math.max(doc.y, top + height) + 10;
}

function measure(doc: PdfDoc, width: number, factLines: string[], paragraphs: string[]): number {
  const options = { width, lineGap: SIZE.lineGap };
  const heading = headingHeight(doc, 2, 'Om undersökningen', width) - headingSpaceBefore(2);
  // Fact lines are measured all in bold: a little too tall rather than text spilling out of the frame.
  doc.font(FONT.bold).fontSize(TEXT_SIZE);
  const factsHeight = factLines.reduce((sum, line) => sum + doc.heightOfString(line, options), 0) + PARAGRAPH_GAP;
  doc.font(FONT.regular);
  const textHeight = paragraphs.reduce((sum, p) => sum + doc.heightOfString(p, options) + PARAGRAPH_GAP, 0);
  return heading + factsHeight + textHeight;
}
