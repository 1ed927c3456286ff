/**
 * Reads a number as Swedes type it: decimal comma ("12,5"), spaces between thousands ("1 200"),
 * a typographic minus. A decimal point is accepted too since many keyboards give one.
 * Anything else ("12abc", "1 2", "1,2,3") is not a number.
 */
const SPACE = '[ \\u00a0\\u202f\\u2009]';
const NUMBER_PATTERN = new RegExp(`^([-+]?)(\\d{1,3}(?:${SPACE}\\d{3})+|\\d*)(?:[.,](\\d+))?$`);
const MAX_INPUT_LENGTH = 40;

export function parseSwedishNumber(input: string): number | null {
  const text = input.trim().replace(/\u2212/g, '-');
  if (text === '' || text.length > MAX_INPUT_LENGTH) return null;
  const match = NUMBER_PATTERN.exec(text);
  if (!match) return null;
  const [, sign, whole, fraction] = match;
  if (whole === '' && fraction === undefined) return null;
  const digits = `${sign}${whole.replace(new RegExp(SPACE, 'g'), '') || '0'}${fraction ? `.${fraction}` : ''}`;
  const value = Number(digits);
  // "-0" would be stored as -0 and print oddly; it means 0.
  return Number.isFinite(value) ? value + 0 : null;
}

/** Plain Swedish form for an input field or a message: decimal comma, no grouping, "-" minus. */
export function formatSwedishNumber(value: number): string {
  return String(value).replace('.', ',');
}
