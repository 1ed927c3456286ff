/** Whether the file begins with these bytes (a BOM or a format's magic number). */
export function startsWithBytes(buffer: Buffer, bytes: readonly number[]): boolean {
  return buffer.length >= bytes.length && bytes.every((b, i) => buffer[i] === b);
}
