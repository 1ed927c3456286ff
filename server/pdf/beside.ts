import type { BesideHalf, Figure } from '../domain/lagesbild';
import { chartHeight, renderChartPng } from './chart-image';
import { captionText, sourceLine } from './figure-text';
import { FONT } from './fonts';
import { COLOUR, SIZE, addGap, contentWidth, ensureSpace, leftEdge, pageBodyHeight } from './layout';
import type { PdfDoc } from './pdf-types';
import { addStruct, openStruct, type StructParent } from './structure';
import { addTable, measureTable } from './table';
import { addText } from './text';

// A `beside` figure: the register half and the panel half side by side (titles, charts, sources),
// then both tables, each with its notes. Below MIN_HALF points per half the halves go one above the other.

const GAP = 6;
const GUTTER = 16;
const MIN_HALF = 200;
const HALF_WRAP = 16; // characters per category label line in a half-width chart
type Half = Pick<BesideHalf, 'title' | 'source' | 'chart' | 'table'>;

function halvesOf(figure: Figure): [Half, Half] {
  const b = figure.beside!;
  return [{ title: b.registerTitle, source: figure.source, chart: figure.chart, table: figure.table }, b.panel];
}

function columns(doc: PdfDoc): { width: number; xs: number[] } | null {
  const width = (contentWidth(doc) - GUTTER) / 2;
  return width < MIN_HALF ? null : { width, xs: [leftEdge(doc), leftEdge(doc) + width + GUTTER] };
}

const wrapFor = (row: Half[]) => (row.length > 1 ? HALF_WRAP : undefined);

const textHeight = (doc: PdfDoc, text: string, font: string, size: number, width: number) =>
  doc.font(font).fontSize(size).heightOfString(text, { width, lineGap: SIZE.lineGap });

/** Height of one row of halves: tallest title + tallest chart + tallest source line. */
function rowHeight(doc: PdfDoc, halves: Half[], width: number): { title: number; chart: number; source: number } {
  const max = (f: (h: Half) => number) => Math.max(...halves.map(f));
  const wrap = wrapFor(halves);
  return {
    title: max((h) => textHeight(doc, h.title, FONT.bold, SIZE.body, width)),
    chart: max((h) => chartHeight(h.chart, wrap)),
    source: max((h) => textHeight(doc, sourceLine(h.source), FONT.regular, SIZE.small, width)),
  };
}

function measure(doc: PdfDoc, figure: Figure, number: number): { top: number; whole: number } {
  const halves = halvesOf(figure);
  const cols = columns(doc);
  const caption = textHeight(doc, captionText(figure, number), FONT.bold, SIZE.h4, contentWidth(doc)) + GAP;
  const rows = cols ? [halves] : halves.map((h) => [h]);
  const charts = rows.reduce((sum, row) => { const r = rowHeight(doc, row, cols?.width ?? contentWidth(doc)); return sum + r.title + r.chart + r.source + 3 * GAP; }, 0);
  doc.font(FONT.regular).fontSize(SIZE.small);
  const notes = halves.flatMap((h) => h.table.footnotes).reduce((sum, n) => sum + doc.heightOfString(n, { width: contentWidth(doc), lineGap: SIZE.lineGap }), 0);
  const tables = halves.reduce((sum, h) => sum + textHeight(doc, h.title, FONT.bold, SIZE.body, contentWidth(doc)) + measureTable(doc, h.table) + GAP, 0);
  const top = caption + charts;
  return { top, whole: top + tables + notes + 2 * GAP };
}

export function besideKeepHeight(doc: PdfDoc, figure: Figure, number: number): number {
  const { top, whole } = measure(doc, figure, number);
  return whole <= pageBodyHeight(doc) ? whole : top;
}

/** One row of halves: titles, the charts as one Figure element (the alt text describes both), then the sources. */
function addRow(doc: PdfDoc, section: StructParent, figure: Figure, row: Half[], width: number, xs: number[]): void {
  const size = rowHeight(doc, row, width);
  const top = doc.y;
  row.forEach((h, i) => addText(doc, section, 'P', h.title, { font: FONT.bold, colour: COLOUR.heading }, { x: xs[i]!, width, y: top }));
  const y = top + size.title + GAP;
  const wrap = wrapFor(row);
  const pngs = row.map((h) => renderChartPng(h.chart, width, chartHeight(h.chart, wrap), 3, wrap));
  const right = xs[row.length - 1]! + width;
  addStruct(doc, section, 'Figure', () => pngs.forEach((png, i) => doc.image(png, xs[i]!, y, { width, height: chartHeight(row[i]!.chart, wrap) })), {
    alt: figure.alt, bbox: [xs[0]!, y, right, y + size.chart], placement: 'Block',
  });
  const sourceY = y + size.chart + GAP;
  row.forEach((h, i) => addText(doc, section, 'P', sourceLine(h.source), { size: SIZE.small, colour: COLOUR.muted }, { x: xs[i]!, width, y: sourceY }));
  doc.x = leftEdge(doc);
  doc.y = sourceY + size.source + GAP;
}

/** The beside figure: caption, the two halves side by side (or stacked when narrow), then both tables with their notes. */
export function addBesideFigure(doc: PdfDoc, parent: StructParent, figure: Figure, number: number): void {
  ensureSpace(doc, besideKeepHeight(doc, figure, number));
  const section = openStruct(doc, parent, 'Sect');
  addText(doc, section, 'P', captionText(figure, number), { font: FONT.bold, size: SIZE.h4, colour: COLOUR.heading });
  addGap(doc, GAP);
  const halves = halvesOf(figure);
  const cols = columns(doc);
  if (cols) addRow(doc, section, figure, halves, cols.width, cols.xs);
  else for (const h of halves) addRow(doc, section, figure, [h], contentWidth(doc), [leftEdge(doc)]);
  for (const h of halves) {
    addText(doc, section, 'P', `Tabell: ${h.title}`, { font: FONT.bold, colour: COLOUR.heading });
    addTable(doc, section, h.table);
    for (const note of h.table.footnotes) addText(doc, section, 'P', note, { size: SIZE.small, colour: COLOUR.muted });
    addGap(doc, GAP);
  }
  section.end();
  addGap(doc, 2 * GAP);
}
