import { mapColumns, type ColumnSpec } from '../../domain/tabular';
import { readTableOffThread } from '../tabular/read-table-off-thread';

/** One data row of an uploaded panel file, as written (trimmed); `line` is the line the user sees in the file. */
export interface ImportInputRow {
  line: number; code: string; kommun: string; role: string; name: string; title: string; email: string; phone: string;
}

// Swedish header names first: the first alias is the one named in messages.
const COLUMNS = [
  { field: 'code', aliases: ['kommunkod', 'kod', 'kommunnummer', 'kommunnr', 'kommun kod'] },
  { field: 'kommun', aliases: ['kommun', 'kommunnamn', 'kommunens namn', 'municipality'] },
  { field: 'role', aliases: ['roll', 'kontakttyp', 'typ av kontakt'] },
  { field: 'name', aliases: ['namn', 'kontaktperson', 'för- och efternamn', 'name'] },
  { field: 'title', aliases: ['titel', 'befattning', 'title'] },
  { field: 'email', aliases: ['e-post', 'epost', 'e-postadress', 'epostadress', 'mejl', 'mejladress', 'mail', 'email'], required: true },
  { field: 'phone', aliases: ['telefon', 'telefonnummer', 'tel', 'mobil', 'mobilnummer', 'phone'] },
] as const satisfies readonly ColumnSpec[];

export const MAX_IMPORT_ROWS = 1000;

export type ReadImportResult =
  | { ok: true; rows: ImportInputRow[]; notices: string[] }
  | { ok: false; message: string };

// Our own exports put an apostrophe before = + - @ so spreadsheets do not run them; take it off again.
function unescapeCell(text: string): string {
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

/** CSV (any of ; , tab; UTF-8 with or without BOM, or Windows-1252) or .xlsx → rows by column header. */
export async function readImportFile(buffer: Buffer, filename: string): Promise<ReadImportResult> {
  const table = await readTableOffThread(buffer, filename, { maxRows: MAX_IMPORT_ROWS });
  if (!table.ok) return table;
  const mapped = mapColumns(table.headers, COLUMNS, { requireOneOf: [['code', 'kommun']] });
  if (!mapped.ok) return mapped;
  const { index } = mapped;
  const cell = (cells: string[], i: number | undefined) => (i === undefined ? '' : unescapeCell(cells[i] ?? ''));
  const rows = table.rows.map((r) => ({
    line: r.line,
    code: cell(r.cells, index.code), kommun: cell(r.cells, index.kommun), role: cell(r.cells, index.role),
    name: cell(r.cells, index.name), title: cell(r.cells, index.title), email: cell(r.cells, index.email), phone: cell(r.cells, index.phone),
  }));
  const notices = [...table.notices];
  if (mapped.ignored.length > 0) notices.push(`Kolumner som inte används: ${mapped.ignored.map((h) => `”${h}”`).join(', ')}.`);
  return { ok: true, rows, notices };
}
