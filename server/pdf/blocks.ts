import type { InlineRun, MarkdownBlock } from '../domain/markdown';
import { THREE_LINES, addHeading, headingHeight } from './heading';
import { COLOUR, addGap, contentWidth, ensureSpace, leftEdge } from './layout';
import { addList } from './list';
import type { PdfDoc } from './pdf-types';
import type { StructParent } from './structure';
import { addTable, measureTable } from './table';
import { addRunsAs } from './text';

const PARAGRAPH_GAP = 6;
const QUOTE_INDENT = 18;

/** The body text, drawn from the blocks markdownToBlocks produced. */
export function addMarkdownBlocks(doc: PdfDoc, parent: StructParent, blocks: readonly MarkdownBlock[]): void {
  blocks.forEach((block, index) => {
    switch (block.kind) {
      case 'heading': {
        const next = blocks[index + 1];
        const keepWithNext = next?.kind === 'heading' ? headingHeight(doc, next.level, next.text) + THREE_LINES : THREE_LINES;
        addHeading(doc, parent, block.level, block.text, { keepWithNext });
        break;
      }
      case 'paragraph':
        if (block.quote) addQuote(doc, parent, block.runs);
        else addParagraph(doc, parent, block.runs);
        break;
      case 'list':
        addList(doc, parent, block.items);
        addGap(doc, PARAGRAPH_GAP - 3);
        break;
      case 'table':
        ensureSpace(doc, measureTable(doc, { columns: block.header, rows: block.rows }));
        addTable(doc, parent, { columns: block.header, rows: block.rows });
        addGap(doc, PARAGRAPH_GAP);
        break;
    }
  });
}

function addParagraph(doc: PdfDoc, parent: StructParent, runs: readonly InlineRun[]): void {
  addRunsAs(doc, parent, 'P', runs);
  addGap(doc, PARAGRAPH_GAP);
}

function addQuote(doc: PdfDoc, parent: StructParent, runs: readonly InlineRun[]): void {
  const italic = runs.map((run) => ({ ...run, italic: true }));
  const box = { x: leftEdge(doc) + QUOTE_INDENT, width: contentWidth(doc) - 2 * QUOTE_INDENT };
  addRunsAs(doc, parent, 'BlockQuote', italic, { colour: COLOUR.muted }, box);
  addGap(doc, PARAGRAPH_GAP);
}
