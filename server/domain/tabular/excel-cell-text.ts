import type { CellValue } from 'exceljs';

const EXPONENT_FORM = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/;

/**
 * 1e21 → "1000000000000000000000", 1.5e-7 → "0.00000015". Rounded to 15
 * significant digits first, as Excel shows them, so 0.1 + 0.2 reads "0.3".
 * The decimal mark is "." so the text parses back as a number.
 */
export function numberToPlainText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const text = String(Number(n.toPrecision(15)));
  const match = EXPONENT_FORM.exec(text);
  if (!match) return text;
  const [, sign, lead, fraction = '', exponentText] = match;
  const exponent = Number(exponentText);
  const digits = lead + fraction;
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  const integerLength = exponent + 1;
  if (digits.length <= integerLength) return sign + digits.padEnd(integerLength, '0');
  return `${sign}${digits.slice(0, integerLength)}.${digits.slice(integerLength)}`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

// exceljs hands out date cells as Dates whose UTC fields are the wall-clock
// values typed in Excel (the file has no time zone), so read them as UTC.
function excelDateToText(d: Date): string {
  const date = `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
  const hasTime = d.getUTCHours() !== 0 || d.getUTCMinutes() !== 0;
  return hasTime ? `${date} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}` : date;
}

/** Any exceljs cell value → the text a person would read in the cell. */
export function excelCellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberToPlainText(value);
  // Swedish Excel shows booleans as SANT/FALSKT.
  if (typeof value === 'boolean') return value ? 'SANT' : 'FALSKT';
  if (value instanceof Date) return excelDateToText(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return excelCellText(value.result ?? null);
  if ('error' in value) return value.error;
  if ('hyperlink' in value) return excelCellText(value.text as CellValue);
  return String(value);
}
