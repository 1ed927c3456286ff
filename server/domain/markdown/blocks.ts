import type { Token, Tokens } from 'marked';
import { inlineRuns, inlineText, type InlineRun } from './inline-runs';
import { childTokens, lexSafeMarkdown, type HeadingLevel } from './safe-tokens';

export type ListItemBlock = { marker: string; depth: number; runs: InlineRun[] };

/** What the PDF renderer draws: a flat list of simple blocks, already free of raw HTML. */
export type MarkdownBlock =
  | { kind: 'heading'; level: HeadingLevel; text: string }
  | { kind: 'paragraph'; runs: InlineRun[]; quote: boolean }
  | { kind: 'list'; ordered: boolean; items: ListItemBlock[] }
  | { kind: 'table'; header: string[]; rows: string[][] };

export function markdownToBlocks(markdown: string): MarkdownBlock[] {
  return toBlocks(lexSafeMarkdown(markdown), false);
}

function toBlocks(tokens: readonly Token[], quote: boolean): MarkdownBlock[] {
  return tokens.flatMap((token): MarkdownBlock[] => {
    switch (token.type) {
      case 'heading':
        return [{ kind: 'heading', level: token.depth as HeadingLevel, text: inlineText(childTokens(token)) }];
      case 'paragraph':
      case 'text':
      case 'code':
        return paragraph(childTokens(token), quote);
      case 'blockquote':
        return toBlocks(token.tokens ?? [], true);
      case 'list':
        return [{ kind: 'list', ordered: token.ordered, items: listItems(token as Tokens.List, 0) }];
      case 'table': {
        const table = token as Tokens.Table;
        const header = table.header.map((cell) => inlineText(cell.tokens));
        return [{ kind: 'table', header, rows: table.rows.map((row) => row.map((cell) => inlineText(cell.tokens))) }];
      }
      default:
        return []; // space, hr, def: nothing to draw
    }
  });
}

function paragraph(tokens: Token[], quote: boolean): MarkdownBlock[] {
  const runs = inlineRuns(tokens);
  const hasText = runs.some((run) => run.text.trim() !== '');
  return hasText ? [{ kind: 'paragraph', runs, quote }] : [];
}

// Nested lists are flattened into one list with a depth per item; the marker is decided here so the
// PDF and any other flat renderer number items the same way.
function listItems(list: Tokens.List, depth: number): ListItemBlock[] {
  const first = typeof list.start === 'number' ? list.start : 1;
  return list.items.flatMap((item, index) => {
    const marker = list.ordered ? `${first + index}.` : depth === 0 ? '•' : '–';
    const own = item.tokens.filter((token) => token.type !== 'list');
    const nested = item.tokens.filter((token): token is Tokens.List => token.type === 'list');
    const runs = joinParagraphRuns(own);
    return [{ marker, depth, runs }, ...nested.flatMap((child) => listItems(child, depth + 1))];
  });
}

function joinParagraphRuns(tokens: Token[]): InlineRun[] {
  return tokens.flatMap((token, index) => {
    const runs = inlineRuns(childTokens(token));
    return index > 0 && runs.length > 0 ? [{ text: ' ', bold: false, italic: false }, ...runs] : runs;
  });
}
