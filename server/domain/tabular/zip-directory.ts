import { fail, type Failure } from './types';

/** One part of a zip file as its central directory describes it. */
export interface ZipEntry { name: string; method: number; packedSize: number; size: number; localOffset: number }

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const MAX32 = 0xffffffff;

export const DAMAGED_ZIP = 'Det gick inte att läsa Excel-filen. Kontrollera att den inte är skadad, och spara den på nytt som Excel-arbetsbok (.xlsx).';

function findEnd(buffer: Buffer): number {
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 0xffff); i--) {
    if (buffer.readUInt32LE(i) === END_OF_DIRECTORY) return i;
  }
  return -1;
}

/** Sizes and offset the 32-bit fields mark as 0xFFFFFFFF are in the zip64 extra field, in this order. */
function applyZip64(entry: ZipEntry, extra: Buffer): void {
  for (let at = 0; at + 4 <= extra.length; at += 4 + extra.readUInt16LE(at + 2)) {
    if (extra.readUInt16LE(at) !== ZIP64_EXTRA) continue;
    let field = at + 4;
    const next = () => { const v = Number(extra.readBigUInt64LE(field)); field += 8; return v; };
    if (entry.size === MAX32) entry.size = next();
    if (entry.packedSize === MAX32) entry.packedSize = next();
    if (entry.localOffset === MAX32) entry.localOffset = next();
    return;
  }
}

/**
 * The zip's central directory, read without unpacking anything: what each part claims to be. Throws nothing:
 * a cut-off or malformed directory is a Failure.
 */
export function readZipDirectory(buffer: Buffer, maxEntries: number): { ok: true; entries: ZipEntry[] } | Failure {
  try {
    const end = findEnd(buffer);
    if (end < 0) return fail(DAMAGED_ZIP);
    const count = buffer.readUInt16LE(end + 10);
    if (count > maxEntries) return fail(`Excel-filen består av ${count} delar, men högst ${maxEntries} kan läsas. Spara den som CSV och ladda upp den i stället.`);
    const entries: ZipEntry[] = [];
    let at = buffer.readUInt32LE(end + 16);
    for (let i = 0; i < count; i++) {
      if (buffer.readUInt32LE(at) !== DIRECTORY_ENTRY) return fail(DAMAGED_ZIP);
      const nameLength = buffer.readUInt16LE(at + 28);
      const extraLength = buffer.readUInt16LE(at + 30);
      const entry: ZipEntry = {
        name: buffer.toString('utf8', at + 46, at + 46 + nameLength),
        method: buffer.readUInt16LE(at + 10),
        packedSize: buffer.readUInt32LE(at + 20),
        size: buffer.readUInt32LE(at + 24),
        localOffset: buffer.readUInt32LE(at + 42),
      };
      applyZip64(entry, buffer.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
      entries.push(entry);
      at += 46 + nameLength + extraLength + buffer.readUInt16LE(at + 32);
    }
    return { ok: true, entries };
  } catch {
    return fail(DAMAGED_ZIP); // a read past the end of the buffer
  }
}

/** Where the packed bytes of an entry are, from its local header; null if that header is not there. */
export function packedBytes(buffer: Buffer, entry: ZipEntry): Buffer | null {
  const at = entry.localOffset;
  if (at + 30 > buffer.length || buffer.readUInt32LE(at) !== LOCAL_HEADER) return null;
  const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
  if (start + entry.packedSize > buffer.length) return null;
  return buffer.subarray(start, start + entry.packedSize);
}
