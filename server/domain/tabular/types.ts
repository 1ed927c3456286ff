/** A record as it comes out of a file: `line` is the file's own line (CSV) or row (Excel) number. */
export type RawRecord = { line: number; cells: string[] };

export type TableRow = { line: number; cells: string[] };

export type ReadTableResult =
  | { ok: true; headers: string[]; rows: TableRow[]; notices: string[] }
  | { ok: false; message: string };

export type Failure = { ok: false; message: string };

/** What a file reader hands to shapeTable. */
export type RecordsRead = { ok: true; records: RawRecord[]; notices: string[] } | Failure;

export function fail(message: string): Failure {
  return { ok: false, message };
}

const numberFormat = new Intl.NumberFormat('sv-SE');

/** "5 000" — Swedish digit grouping for counts in messages. */
export function formatCount(n: number): string {
  return numberFormat.format(n);
}
