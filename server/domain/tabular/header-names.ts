import { comparisonKey } from '../text/comparison-key';

/**
 * The form in which two column headings count as the same: NFC, trimmed,
 * case-insensitive, and spaces, underscores and hyphens equivalent, so
 * "E-post", "e_post" and " e post " all match.
 */
export function normalizeHeaderName(name: string): string {
  return comparisonKey(name, true);
}

/** ”namn” — Swedish quotation marks, used for column names in messages. */
export function quoted(name: string): string {
  return `”${name}”`;
}
