import { inflateRawSync } from 'node:zlib';
import { MAX_RATIO, MAX_UNPACKED_BYTES, MAX_ZIP_ENTRIES, RATIO_FLOOR } from './limits';
import { fail, type Failure } from './types';
import { DAMAGED_ZIP, packedBytes, readZipDirectory, type ZipEntry } from './zip-directory';

const STORED = 0;
const DEFLATED = 8;

function megabytes(bytes: number): string {
  return `${new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;
}

function implausible(entries: ZipEntry[]): Failure | null {
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  if (total > MAX_UNPACKED_BYTES) {
    return fail(`Excel-filen packas upp till ${megabytes(total)}, men högst ${megabytes(MAX_UNPACKED_BYTES)} uppackat kan läsas. Dela upp filen eller spara den som CSV.`);
  }
  const bomb = entries.find((e) => e.size > RATIO_FLOOR && e.size > e.packedSize * MAX_RATIO);
  if (bomb) {
    const times = Math.round(bomb.size / Math.max(1, bomb.packedSize));
    return fail(`Excel-filen packas upp ${new Intl.NumberFormat('sv-SE').format(times)} gånger, men en vanlig Excel-fil packas upp högst ${MAX_RATIO} gånger. `
      + 'Filen kan vara skadad eller gjord för att överbelasta servern. Spara den på nytt från Excel eller som CSV.');
  }
  return null;
}

/**
 * Reads the zip's central directory before anything is unpacked and refuses a workbook whose parts claim an
 * implausible size or compression ratio — the signature of a zip bomb.
 */
export function checkZipDirectory(buffer: Buffer): Failure | null {
  const directory = readZipDirectory(buffer, MAX_ZIP_ENTRIES);
  if (!directory.ok) return directory;
  return implausible(directory.entries);
}

/**
 * Unpacks each part with its declared size as a hard stop, so a directory that lies about sizes cannot make
 * the unpacking grow past what the checks above allowed. Costs at most MAX_UNPACKED_BYTES of work.
 */
export function checkZipContents(buffer: Buffer): Failure | null {
  const directory = readZipDirectory(buffer, MAX_ZIP_ENTRIES);
  if (!directory.ok) return directory;
  const problem = implausible(directory.entries);
  if (problem) return problem;
  for (const entry of directory.entries) {
    const packed = packedBytes(buffer, entry);
    if (!packed || (entry.method !== STORED && entry.method !== DEFLATED)) return fail(DAMAGED_ZIP);
    if (entry.method === STORED ? packed.length !== entry.size : !inflatesTo(packed, entry.size)) {
      return fail(`Excel-filen är skadad: delen ”${entry.name}” packas upp till mer än filen själv uppger. Spara den på nytt från Excel som Excel-arbetsbok (.xlsx).`);
    }
  }
  return null;
}

function inflatesTo(packed: Buffer, size: number): boolean {
  try {
    return inflateRawSync(packed, { maxOutputLength: Math.max(1, size) }).length === size;
  } catch {
    return false; // more than declared (ERR_BUFFER_TOO_LARGE) or not deflate data
  }
}
