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

// Inline raw HTML arrives as separate opening tag, text and closing tag tokens; for these elements
// the text between the tags is code or markup, never prose, so it goes too.
const HIDDEN_CONTENT = /^<(script|style|textarea|noscript|iframe|object|template|title)\b/i;

function cleanTokens(tokens: Token[]): Token[] {
  let hiddenUntil: RegExp | null = null;
  return tokens.flatMap((token): Token[] => {
    if (hiddenUntil) {
      if (token.type === 'html' && hiddenUntil.test(token.text)) hiddenUntil = null;
      return [];
    }
    if (token.type === 'html') {
      const hidden = HIDDEN_CONTENT.exec(token.text);
      if (hidden && !new RegExp(`</${hidden[1]}\\s*>`, 'i').test(token.text)) hiddenUntil = new RegExp(`^</${hidden[1]}`, 'i');
      return [];
    }
    if (token.type === 'image') return [];
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
