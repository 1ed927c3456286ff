import { normalizeHeaderName, quoted } from './header-names';
import { findMojibakeLine, mojibakeMessage } from './mojibake';
import { fail, formatCount, type RawRecord, type ReadTableResult } from './types';

function withoutTrailingEmpty(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return cells.slice(0, end);
}

function duplicateHeader(headers: string[]): string | null {
  const seen = new Set<string>();
  for (const header of headers) {
    if (header === '') continue;
    const key = normalizeHeaderName(header);
    if (seen.has(key)) return header;
    seen.add(key);
  }
  return null;
}

/**
 * Records from CSV or Excel → header + rows, with the same rules for both: cells
 * trimmed, empty records (also ";;;") dropped, trailing empty cells dropped, rows
 * padded to the header's width so every column index gives a string. `extra`: data records the reader
 * counted but did not keep.
 */
export function shapeTable(records: RawRecord[], maxRows: number, extra = 0): ReadTableResult {
  const kept = records
    .map((r) => ({ line: r.line, cells: withoutTrailingEmpty(r.cells.map((c) => c.trim())) }))
    .filter((r) => r.cells.length > 0);
  if (kept.length === 0) return fail('Filen är tom.');

  const mojibakeLine = findMojibakeLine(kept);
  if (mojibakeLine !== null) return fail(mojibakeMessage(mojibakeLine));

  const [headerRecord, ...dataRecords] = kept;
  const headers = headerRecord.cells;
  const duplicate = duplicateHeader(headers);
  if (duplicate !== null) {
    return fail(`Kolumnen ${quoted(duplicate)} finns mer än en gång i rubrikraden. Ta bort eller byt namn på den ena.`);
  }
  if (dataRecords.length + extra > maxRows) {
    return fail(`Filen har ${formatCount(dataRecords.length + extra)} rader, men högst ${formatCount(maxRows)} rader kan läsas in åt gången. Dela upp filen i mindre delar.`);
  }
  if (dataRecords.length === 0) return fail('Filen har en rubrikrad men inga rader med uppgifter.');

  const notices: string[] = [];
  const tooWide = dataRecords.filter((r) => r.cells.length > headers.length);
  if (tooWide.length > 0) {
    notices.push(`${formatCount(tooWide.length)} rader har fler värden än det finns kolumner i rubrikraden (första gången på rad ${tooWide[0].line}). De extra värdena läses inte in.`);
  }
  const rows = dataRecords.map((r) => ({
    line: r.line,
    cells: r.cells.length >= headers.length
      ? r.cells.slice(0, headers.length)
      : [...r.cells, ...Array<string>(headers.length - r.cells.length).fill('')],
  }));
  return { ok: true, headers, rows, notices };
}
