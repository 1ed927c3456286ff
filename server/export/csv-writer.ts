import { escapeCell, type ExportCell } from './escape-cell';

export interface CsvOptions {
  /** Byte order mark first, so Excel opens the file as UTF-8 (å, ä, ö). Default true. */
  bom?: boolean;
  /** Lines written below the table after an empty line, e.g. the "–" explanations. */
  footnotes?: readonly string[];
}

const SEPARATOR = ';';
const LINE_END = '\r\n';
const BOM = '\uFEFF';

/**
 * CSV for Excel with Swedish settings: UTF-8 with BOM, ";" between fields (Swedish Excel's list
 * separator, since "," is the decimal sign), CRLF line ends and RFC 4180 quoting.
 * Numbers are written with a decimal comma and without thousands separators ("-1234,5"), which
 * Swedish Excel reads as numbers; round them before export. Every cell goes through escapeCell.
 */
export function toCsv(headers: readonly string[], rows: readonly (readonly ExportCell[])[], opts: CsvOptions = {}): string {
  const lines = [headers, ...rows].map(csvLine);
  if (opts.footnotes && opts.footnotes.length > 0) lines.push('', ...opts.footnotes.map((note) => csvLine([note])));
  return (opts.bom === false ? '' : BOM) + lines.map((line) => line + LINE_END).join('');
}

function csvLine(cells: readonly ExportCell[]): string {
  return cells.map((cell) => csvField(escapeCell(cell))).join(SEPARATOR);
}

function csvField(cell: ExportCell): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? csvNumber(cell) : cell;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Decimal comma, no grouping, never exponent notation for small numbers (1e-7 → "0,0000001"). */
export function csvNumber(x: number): string {
  const plain = Math.abs(x) < 1e21 && /e/i.test(String(x)) ? x.toFixed(20).replace(/\.?0+$/, '') : String(x);
  return plain === '-0' ? '0' : plain.replace('.', ',');
}
