/** A record as it comes out of a file: `line` is the file's own line (CSV) or row (Excel) number. */
export type RawRecord = { line: number; cells: string[] };

export type TableRow = { line: number; cells: string[] };

export type ReadTableResult =
  | { ok: true; headers: string[]; rows: TableRow[]; notices: string[] }
  | { ok: false; message: string };

export type Failure = { ok: false; message: string };

/** What a file reader hands to shapeTable: records with content, at most as many as asked for; `extra` counts
 *  the records with content that came after those and were not kept. */
export type RecordsRead = { ok: true; records: RawRecord[]; extra: number; notices: string[] } | Failure;

export function fail(message: string): Failure {
  return { ok: false, message };
}

const numberFormat = new Intl.NumberFormat('sv-SE');

/** "5 000" — Swedish digit grouping for counts in messages. */
export function formatCount(n: number): string {
  return numberFormat.format(n);
}
