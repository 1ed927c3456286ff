import type { Token, Tokens } from 'marked';
import { decodeEntities } from './html-entities';

/** A stretch of text with one style; the PDF draws runs one after another on the same line. */
export type InlineRun = { text: string; bold: boolean; italic: boolean; href?: string };

type RunStyle = Omit<InlineRun, 'text'>;
const PLAIN: RunStyle = { bold: false, italic: false };

/** Inline tokens → runs with adjacent runs of the same style merged. */
export function inlineRuns(tokens: readonly Token[]): InlineRun[] {
  const runs: InlineRun[] = [];
  collect(tokens, PLAIN, runs);
  return mergeRuns(runs);
}

/** Inline tokens → plain text, for headings and table cells. */
export function inlineText(tokens: readonly Token[]): string {
  return inlineRuns(tokens).map((run) => run.text).join('');
}

function collect(tokens: readonly Token[], style: RunStyle, out: InlineRun[]): void {
  for (const token of tokens) {
    switch (token.type) {
      case 'strong':
        collect(token.tokens ?? [], { ...style, bold: true }, out);
        break;
      case 'em':
        collect(token.tokens ?? [], { ...style, italic: true }, out);
        break;
      case 'link': // lexSafeMarkdown has already unwrapped links to other schemes
        collect(token.tokens ?? [], { ...style, href: (token as Tokens.Link).href }, out);
        break;
      case 'br':
        out.push({ ...style, text: '\n' });
        break;
      case 'codespan':
      case 'escape':
        out.push({ ...style, text: decodeEntities(token.text) });
        break;
      default:
        if ('tokens' in token && Array.isArray(token.tokens)) collect(token.tokens, style, out);
        else if ('text' in token && typeof token.text === 'string') out.push({ ...style, text: decodeEntities(token.text) });
    }
  }
}

function mergeRuns(runs: InlineRun[]): InlineRun[] {
  const merged: InlineRun[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (last && last.bold === run.bold && last.italic === run.italic && last.href === run.href) {
      last.text += run.text;
    } else if (run.text !== '') {
      merged.push({ ...run });
    }
  }
  return merged;
}
