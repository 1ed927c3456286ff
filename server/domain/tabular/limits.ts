import { formatCount } from './types';

/** Hard caps on what is read from any uploaded table, whatever the caller allows. */
export const MAX_ROWS = 10_000;
export const MAX_COLUMNS = 100;
export const MAX_CELL_CHARS = 1_000;

/** A workbook's parts together may unpack to at most this, and no part larger than RATIO_FLOOR may unpack more
 *  than MAX_RATIO times (real workbooks stay around 5–20; a bomb of repeated bytes is in the hundreds or thousands). */
export const MAX_UNPACKED_BYTES = 50 * 1024 * 1024;
export const MAX_RATIO = 100;
export const RATIO_FLOOR = 1024 * 1024;
export const MAX_ZIP_ENTRIES = 1_000;

export function tooManyColumns(line: number): string {
  return `Filen är för bred: rad ${line} har fler än ${formatCount(MAX_COLUMNS)} kolumner. Högst ${formatCount(MAX_COLUMNS)} kolumner kan läsas in. Ta bort kolumnerna som inte behövs.`;
}

export function cellTooLong(line: number): string {
  return `En cell är för lång: rad ${line} har en cell med fler än ${formatCount(MAX_CELL_CHARS)} tecken. En cell får ha högst ${formatCount(MAX_CELL_CHARS)} tecken.`;
}
