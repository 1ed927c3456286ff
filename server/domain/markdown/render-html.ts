import sanitizeHtml from 'sanitize-html';
import { lexSafeMarkdown, markdownParser } from './safe-tokens';

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'br',
    'table', 'thead', 'tbody', 'tr', 'th', 'td', 'blockquote', 'code', 'pre',
  ],
  allowedAttributes: { a: ['href', 'rel'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Links to other schemes never get this far (lexSafeMarkdown unwraps them); this is the second lock.
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener' }) },
  // Drops paragraphs left empty once an image or raw HTML was removed.
  exclusiveFilter: (frame) => frame.tag === 'p' && frame.text.trim() === '',
};

/** Markdown written by staff → HTML that is safe to print unescaped in the lägesbild page. */
export function renderMarkdown(markdown: string): string {
  const html = markdownParser.parser(lexSafeMarkdown(markdown));
  return sanitizeHtml(html, SANITIZE_OPTIONS).trim();
}
