import { Marked, type Token, type Tokens } from 'marked';
import { safeHref } from './safe-href';

// One lexer for both the HTML page and the PDF, so both see the same document.
export const markdownParser = new Marked({ gfm: true, breaks: false });

/** Heading levels after the shift: the page's own title is the only h1. */
export type HeadingLevel = 2 | 3 | 4;

export function shiftHeadingDepth(depth: number): HeadingLevel {
  return Math.min(Math.max(depth + 1, 2), 4) as HeadingLevel;
}

/**
 * Lexes Markdown, removes raw HTML and images (they are not part of the lägesbild format, and a
 * sanitiser that never sees them cannot let them through), turns links that are not http(s) or
 * mailto into their plain text, and moves headings down one level.
 */
export function lexSafeMarkdown(markdown: string): Token[] {
  const tokens = markdownParser.lexer(markdown);
  return cleanTokens(tokens);
}

function cleanTokens(tokens: Token[]): Token[] {
  return tokens.flatMap((token): Token[] => {
    if (token.type === 'html' || token.type === 'image') return [];
    if (token.type === 'link' && !safeHref((token as Tokens.Link).href)) return cleanTokens(token.tokens ?? []);
    cleanChildren(token);
    return [token];
  });
}

function cleanChildren(token: Token): void {
  if (token.type === 'heading') token.depth = shiftHeadingDepth(token.depth);
  if ('tokens' in token && Array.isArray(token.tokens)) token.tokens = cleanTokens(token.tokens);
  if (token.type === 'list') (token as Tokens.List).items.forEach(cleanChildren);
  if (token.type === 'table') {
    const table = token as Tokens.Table;
    for (const cell of [...table.header, ...table.rows.flat()]) cell.tokens = cleanTokens(cell.tokens);
  }
}

/** A token's inline children; leaf tokens (code blocks, plain text) become one text token. */
export function childTokens(token: Token): Token[] {
  if ('tokens' in token && Array.isArray(token.tokens)) return token.tokens;
  const text = 'text' in token && typeof token.text === 'string' ? token.text : '';
  return [{ type: 'text', raw: token.raw, text }];
}
