import { startsWithBytes } from './byte-signature';
import { fail, type Failure } from './types';

export type FileKind = { ok: true; kind: 'csv' | 'xlsx' } | Failure;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4": .xlsx is a zip
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // old .xls, or an encrypted .xlsx

const UNSUPPORTED = 'Filtypen stöds inte. Ladda upp en CSV- eller Excel-fil (.xlsx).';
const OLD_EXCEL = 'Filen är i det gamla Excel-formatet (.xls), som inte kan läsas. '
  + 'Öppna den i Excel, välj Spara som och spara den som Excel-arbetsbok (.xlsx) eller CSV UTF-8 (.csv). Ladda sedan upp den nya filen.';
const PROTECTED_XLSX = 'Excel-filen går inte att läsa. Den är troligen lösenordsskyddad. '
  + 'Ta bort lösenordet (eller spara en kopia utan lösenord) och ladda upp filen igen.';
const NOT_XLSX = 'Filen har ändelsen .xlsx men är ingen Excel-arbetsbok. Spara den på nytt från Excel som Excel-arbetsbok (.xlsx).';

function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf('.');
  return dot < 0 ? '' : filename.slice(dot + 1).trim().toLowerCase();
}

/**
 * The extension says what the user meant; the first bytes say what the file is.
 * A .csv that is really a workbook (renamed, or saved by a tool that lies) is read
 * as a workbook, since that is what the user sees when opening it.
 */
export function detectFileKind(buffer: Buffer, filename: string): FileKind {
  const extension = extensionOf(filename);
  const isZip = startsWithBytes(buffer, ZIP_MAGIC);
  const isOle = startsWithBytes(buffer, OLE_MAGIC);
  switch (extension) {
    case 'xls':
      return fail(OLD_EXCEL);
    case 'xlsx':
      if (isZip) return { ok: true, kind: 'xlsx' };
      return fail(isOle ? PROTECTED_XLSX : NOT_XLSX);
    case 'csv':
    case 'txt':
      if (isOle) return fail(OLD_EXCEL);
      return { ok: true, kind: isZip ? 'xlsx' : 'csv' };
    default:
      return fail(UNSUPPORTED);
  }
}
