// Reading uploaded CSV and Excel files into header + rows of strings, with
// messages in Swedish that tell the user what to do about a bad file.
import { decodeTextBytes } from './decode-text';
import { detectFileKind } from './file-kind';
import { parseCsv, sniffSeparator } from './parse-csv';
import { readXlsxRecords } from './read-xlsx';
import { shapeTable } from './shape-table';
import { MAX_ROWS } from './limits';
import { fail, type Failure, type ReadTableResult, type RecordsRead } from './types';
import { checkZipContents, checkZipDirectory } from './zip-bomb';

export { mapColumns, type ColumnIndex, type ColumnSpec, type MapColumnsResult } from './map-columns';
export { normalizeHeaderName } from './header-names';
export { WINDOWS_1252_NOTICE } from './decode-text';
export { MAX_CELL_CHARS, MAX_COLUMNS, MAX_ROWS, MAX_UNPACKED_BYTES } from './limits';
export type { ReadTableResult, TableRow } from './types';

export type ReadTableOptions = { maxRows?: number; maxBytes?: number };

export const DEFAULT_MAX_ROWS = 5000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 }).format(mb)} MB`;
  return `${new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024))} kB`;
}

function readCsvRecords(buffer: Buffer, keep: number): RecordsRead {
  const decoded = decodeTextBytes(buffer);
  if (!decoded.ok) return decoded;
  const parsed = parseCsv(decoded.text, sniffSeparator(decoded.text), keep);
  return parsed.ok ? { ...parsed, notices: decoded.notices } : parsed;
}

/**
 * The cheap checks, done before anything is unpacked or parsed: size, kind, and for a workbook its zip
 * directory (no implausible sizes or ratios). Safe to run on the main thread.
 */
export function preflightTable(buffer: Buffer, filename: string, opts: ReadTableOptions = {}): Failure | { ok: true; kind: 'csv' | 'xlsx' } {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (buffer.length > maxBytes) {
    return fail(`Filen är för stor (${formatBytes(buffer.length)}). Den får vara högst ${formatBytes(maxBytes)}. Dela upp den i mindre filer.`);
  }
  if (buffer.length === 0) return fail('Filen är tom.');
  const kind = detectFileKind(buffer, filename);
  if (!kind.ok || kind.kind === 'csv') return kind;
  return checkZipDirectory(buffer) ?? kind;
}

/**
 * CSV (.csv/.txt; separator ; , or tab, sniffed from the header line) or the
 * first sheet of an .xlsx → trimmed string cells. `rows[i].line` is the line
 * (CSV) or row (Excel) number in the file, header = line 1 unless blank lines
 * precede it, so messages can point at the place the user sees. Never more than
 * MAX_ROWS rows, MAX_COLUMNS columns or MAX_CELL_CHARS characters in a cell; a
 * workbook is checked for zip bombs before it is unpacked. CPU-heavy for big
 * files: the server calls it off the main thread (services/tabular).
 */
export async function readTable(buffer: Buffer, filename: string, opts: ReadTableOptions = {}): Promise<ReadTableResult> {
  const maxRows = Math.min(opts.maxRows ?? DEFAULT_MAX_ROWS, MAX_ROWS);
  const kind = preflightTable(buffer, filename, opts);
  if (!kind.ok) return kind;
  const zipProblem = kind.kind === 'xlsx' ? checkZipContents(buffer) : null;
  if (zipProblem) return zipProblem;
  const keep = maxRows + 1; // the header and maxRows data rows; later rows are only counted
  const read = kind.kind === 'xlsx' ? await readXlsxRecords(buffer, keep) : readCsvRecords(buffer, keep);
  if (!read.ok) return read;
  const table = shapeTable(read.records, maxRows, read.extra);
  return table.ok ? { ...table, notices: [...read.notices, ...table.notices] } : table;
}
