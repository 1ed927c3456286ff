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

/**
 * RFC 4180 CSV → records, each with the file line it starts on. Quoted fields may
 * hold separators, doubled quotes and line breaks (kept as "\n"); CRLF, LF and CR
 * all end a record. Lenient where Excel users are: a quote inside an unquoted
 * field, or text after a closing quote, is kept as written. An unclosed quote is an
 * error, because otherwise the rest of the file would silently become one cell.
 */
export function parseCsv(text: string, separator: Separator): { ok: true; records: RawRecord[] } | Failure {
  const records: RawRecord[] = [];
  let cells: string[] = [];
  let field = '';
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  const endRecord = () => {
    cells.push(field);
    records.push({ line: recordLine, cells });
    cells = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
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
      cells.push(field);
      field = '';
    } else if (isLineBreak) {
      endRecord();
      line++;
      recordLine = line;
    } else field += c;
  }
  if (inQuotes) {
    return fail(`Ett citattecken (") på rad ${quoteLine} avslutas aldrig. Kontrollera att citattecknen i filen kommer i par.`);
  }
  if (field !== '' || cells.length > 0) endRecord();
  return { ok: true, records };
}
