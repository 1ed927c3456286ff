import { cellTooLong, MAX_CELL_CHARS, MAX_COLUMNS, tooManyColumns } from './limits';
import { fail, type Failure, type RawRecord } from './types';

export type Separator = ',' | ';' | '\t';

// Ties go to ';' first: Swedish Excel writes ';' because ',' is the decimal mark.
const SEPARATORS: Separator[] = [';', '\t', ','];

/** Picks the separator that occurs most often, outside quotes, in the first non-empty line. */
export function sniffSeparator(text: string): Separator {
  const counts = new Map<string, number>(SEPARATORS.map((s) => [s, 0]));
  let inQuotes = false;
  let seenContent = false;
  for (const c of text) {
    if (c === '"') inQuotes = !inQuotes; // a doubled quote toggles twice: no change
    else if (!inQuotes && (c === '\n' || c === '\r')) {
      if (seenContent) break;
    } else if (!inQuotes && counts.has(c)) counts.set(c, counts.get(c)! + 1);
    else if (c.trim() !== '') seenContent = true;
  }
  return SEPARATORS.reduce((best, s) => (counts.get(s)! > counts.get(best)! ? s : best));
}

/** What parseCsv keeps: at most `keep` records with content, none without (later ones are only counted, in `extra`). */
export type CsvRead = { ok: true; records: RawRecord[]; extra: number } | Failure;

const isBlank = (cell: string) => cell.trim() === '';

/**
 * RFC 4180 CSV → records, each with the file line it starts on. Quoted fields may
 * hold separators, doubled quotes and line breaks (kept as "\n"); CRLF, LF and CR
 * all end a record. Lenient where Excel users are: a quote inside an unquoted
 * field, or text after a closing quote, is kept as written. An unclosed quote is an
 * error, because otherwise the rest of the file would silently become one cell.
 * Stops at the first cell longer than MAX_CELL_CHARS or with content past MAX_COLUMNS.
 */
export function parseCsv(text: string, separator: Separator, keep = Infinity): CsvRead {
  const records: RawRecord[] = [];
  let extra = 0;
  let cells: string[] = [];
  let field = '';
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  let problem: string | null = null;
  const endField = () => {
    if (cells.length >= MAX_COLUMNS && !isBlank(field)) problem ??= tooManyColumns(recordLine);
    else if (cells.length < MAX_COLUMNS) cells.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    // Empty records (also ";;;") are dropped here already: shapeTable would drop them anyway.
    if (cells.every(isBlank)) { /* skipped */ } else if (records.length < keep) records.push({ line: recordLine, cells });
    else extra++;
    cells = [];
  };
  for (let i = 0; i < text.length && problem === null; i++) {
    const c = text[i];
    const isLineBreak = c === '\n' || c === '\r';
    // CRLF is one line break: skip the CR and let the LF do the work.
    if (c === '\r' && text[i + 1] === '\n') continue;
    if (inQuotes) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') inQuotes = false;
      else if (isLineBreak) { field += '\n'; line++; }
      else field += c;
    } else if (c === '"' && field.trim() === '') {
      field = '';
      inQuotes = true;
      quoteLine = line;
    } else if (c === separator) {
      endField();
    } else if (isLineBreak) {
      endRecord();
      line++;
      recordLine = line;
    } else field += c;
    if (field.length > MAX_CELL_CHARS) problem = cellTooLong(recordLine);
  }
  if (problem !== null) return fail(problem);
  if (inQuotes) {
    return fail(`Ett citattecken (") på rad ${quoteLine} avslutas aldrig. Kontrollera att citattecknen i filen kommer i par.`);
  }
  if (field !== '' || cells.length > 0) endRecord();
  return problem === null ? { ok: true, records, extra } : fail(problem);
}
