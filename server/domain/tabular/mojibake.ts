// A UTF-8 file that was once opened as Latin-1 and saved again turns "å ä ö" into
// "Ã¥ Ã¤ Ã¶" (and "Å Ä Ö é" into "Ã… Ã„ Ã– Ã©"). The bytes are valid UTF-8, so
// decoding cannot notice; the text pattern can. No Swedish word contains "Ã" followed
// by one of these characters.
const DOUBLE_ENCODED = /Ã[¥¤¶…„–©]/;

export function mojibakeMessage(line: number): string {
  return `Filen har fel teckenkodning: å, ä och ö visas som ”Ã¥”, ”Ã¤” och ”Ã¶” (första gången på rad ${line}). `
    + 'Det händer när en UTF-8-fil har öppnats som Latin-1 och sparats igen. '
    + 'Öppna originalfilen i Excel och spara den som ”CSV UTF-8” eller som Excel-arbetsbok (.xlsx), och ladda upp den igen.';
}

/** The first line whose cells look double-encoded, or null. */
export function findMojibakeLine(records: { line: number; cells: string[] }[]): number | null {
  for (const record of records) {
    if (record.cells.some((cell) => DOUBLE_ENCODED.test(cell))) return record.line;
  }
  return null;
}
