import PDFDocument from 'pdfkit';
import { lagesbildDocumentSchema, type LagesbildDocument } from '../domain/lagesbild';
import { markdownToBlocks } from '../domain/markdown';
import { addMarkdownBlocks } from './blocks';
import { addContact } from './contact';
import { addCover } from './cover';
import { addFigure, figureKeepHeight } from './figure';
import { writePageFooters } from './footer';
import { addHeading } from './heading';
import { PAGE } from './layout';
import { addMethodBox } from './method-box';
import { registerPdfFonts } from './fonts';
import type { PdfDoc } from './pdf-types';

/**
 * The lägesbild as an accessible PDF: A4, tagged (structure tree, alt texts, lang sv-SE), fonts
 * embedded, real selectable text, page numbers. Throws if the document does not match the schema.
 */
export async function renderLagesbildPdf(input: LagesbildDocument): Promise<Buffer> {
  const lagesbild = lagesbildDocumentSchema.parse(input);
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: { ...PAGE.margins },
    pdfVersion: '1.7',
    tagged: true,
    lang: 'sv-SE',
    displayTitle: true,
    bufferPages: true,
    info: { Title: lagesbild.title, Author: lagesbild.publisher, Subject: lagesbild.subtitle ?? lagesbild.title },
  });
  const bytes = collect(doc);
  registerPdfFonts(doc);

  const root = doc.struct('Document');
  doc.addStructure(root);
  addCover(doc, root, lagesbild);
  addMarkdownBlocks(doc, root, markdownToBlocks(lagesbild.bodyMarkdown));
  if (lagesbild.figures.length > 0) {
    const keepWithNext = figureKeepHeight(doc, lagesbild.figures[0], 1);
    addHeading(doc, root, 2, 'Figurer och tabeller', { keepWithNext });
  }
  lagesbild.figures.forEach((figure, index) => addFigure(doc, root, figure, index + 1));
  if (lagesbild.method) addMethodBox(doc, root, lagesbild.method);
  if (lagesbild.contact) addContact(doc, root, lagesbild.contact);
  root.end();

  writePageFooters(doc, [lagesbild.publisher, lagesbild.documentNumber ?? lagesbild.title].join(' · '));
  doc.end();
  return bytes;
}

function collect(doc: PdfDoc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
