import type { Figure } from '../domain/lagesbild';
import { addBesideFigure, besideKeepHeight } from './beside';
import { chartHeight, renderChartPng } from './chart-image';
import { captionText, sourceLine } from './figure-text';
import { FONT } from './fonts';
import { COLOUR, SIZE, addGap, contentWidth, ensureSpace, leftEdge, pageBodyHeight } from './layout';
import type { PdfDoc } from './pdf-types';
import { addStruct, openStruct, type StructParent } from './structure';
import { addTable, measureTable } from './table';
import { addText } from './text';

const GAP = 6;

function notesOf(figure: Figure): string[] {
  return [...figure.table.footnotes, sourceLine(figure.source)];
}

/** Heights of a figure's caption plus chart (`top`) and of the whole figure with table and notes. */
function measureFigure(doc: PdfDoc, figure: Figure, number: number): { top: number; whole: number } {
  const width = contentWidth(doc);
  const options = { width, lineGap: SIZE.lineGap };
  const caption = doc.font(FONT.bold).fontSize(SIZE.h4).heightOfString(captionText(figure, number), options);
  doc.font(FONT.regular).fontSize(SIZE.small);
  const notes = notesOf(figure).reduce((sum, note) => sum + doc.heightOfString(note, options), 0);
  const top = caption + GAP + chartHeight(figure.chart) + GAP;
  return { top, whole: top + measureTable(doc, figure.table) + notes + 2 * GAP };
}

/** The height addFigure keeps on one page: the whole figure, or caption and chart if it is too tall. */
export function figureKeepHeight(doc: PdfDoc, figure: Figure, number: number): number {
  if (figure.beside) return besideKeepHeight(doc, figure, number);
  const { top, whole } = measureFigure(doc, figure, number);
  return whole <= pageBodyHeight(doc) ? whole : top;
}

/**
 * One figure: "Figur n." caption, the chart (a Figure element with the alt text), the data table,
 * footnotes and source. Kept on one page when it fits; otherwise at least caption and chart are.
 */
export function addFigure(doc: PdfDoc, parent: StructParent, figure: Figure, number: number): void {
  if (figure.beside) return addBesideFigure(doc, parent, figure, number);
  ensureSpace(doc, figureKeepHeight(doc, figure, number));

  const section = openStruct(doc, parent, 'Sect');
  addText(doc, section, 'P', captionText(figure, number), { font: FONT.bold, size: SIZE.h4, colour: COLOUR.heading });
  addGap(doc, GAP);
  const x = leftEdge(doc);
  const y = doc.y;
  const width = contentWidth(doc);
  const height = chartHeight(figure.chart);
  const png = renderChartPng(figure.chart, width, height);
  addStruct(doc, section, 'Figure', () => doc.image(png, x, y, { width, height }), {
    alt: figure.alt,
    bbox: [x, y, x + width, y + height],
    placement: 'Block',
  });
  doc.x = x;
  doc.y = y + height + GAP;
  addTable(doc, section, figure.table);
  for (const note of notesOf(figure)) addText(doc, section, 'P', note, { size: SIZE.small, colour: COLOUR.muted });
  section.end();
  addGap(doc, 2 * GAP);
}
