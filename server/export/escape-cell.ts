/** A cell value as the export writers take it: null is an empty cell. */
export type ExportCell = string | number | null;

/**
 * First characters that make Excel, LibreOffice or Google Sheets read a cell as a formula
 * (OWASP "CSV injection"): = + - @, tab and carriage return; also line feed and the full-width
 * forms (＝ ＋ － ＠), which some spreadsheet programs normalise to the ASCII ones.
 */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Neutralises spreadsheet formulas in text by putting an apostrophe in front of it.
 * Only strings are touched: a number (also a negative one) is data, not a formula, and stays a
 * number. A non-finite number cannot be written to a spreadsheet and becomes an empty cell.
 */
export function escapeCell(value: ExportCell | undefined): ExportCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** True when a string would start a formula if written unescaped. */
export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}
