// Hand-built .xlsx files for the upload-bomb tests: a real zip, where a test can make an entry's central directory
// lie about its size, or fill a sheet with rows of its own choosing.
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipPart { name: string; data: Buffer; declaredSize?: number }
/** A part packed elsewhere (e.g. streamed, when it is too big to hold unpacked). */
export interface PackedPart { name: string; packed: Buffer; crc: number; size: number }

function u16(n: number): Buffer { const b = Buffer.alloc(2); b.writeUInt16LE(n); return b; }
function u32(n: number): Buffer { const b = Buffer.alloc(4); b.writeUInt32LE(n >>> 0); return b; }

/** A zip of deflated parts; `declaredSize` (if given) is what the headers claim the part unpacks to. */
export function zipOf(parts: (ZipPart | PackedPart)[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const packed = 'packed' in part ? part.packed : deflateRawSync(part.data, { level: 9 });
    const size = 'packed' in part ? part.size : part.declaredSize ?? part.data.length;
    const crc = 'packed' in part ? part.crc : crc32(part.data);
    const common = [u16(20), u16(0), u16(8), u16(0), u16(0x21), u32(crc), u32(packed.length), u32(size), u16(name.length)];
    const local = Buffer.concat([u32(0x04034b50), ...common, u16(0), name, packed]);
    central.push(Buffer.concat([u32(0x02014b50), u16(20), ...common, u16(0), u16(0), u16(0), u16(0), u32(0), u32(offset), name]));
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(parts.length), u16(parts.length), u32(directory.length), u32(offset), u16(0)]);
  return Buffer.concat([...locals, directory, end]);
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const xml = (s: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${s}`, 'utf8');
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** 0 → "A", 26 → "AA". */
export function columnName(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) { name = String.fromCharCode(65 + ((n - 1) % 26)) + name; n = Math.floor((n - 1) / 26); }
  return name;
}

/** The sheet XML for rows of inline-string cells (row 1 = header). */
export function sheetXml(rows: string[][], filler = ''): Buffer {
  const body = rows.map((cells, r) => `<row r="${r + 1}">${cells.map((c, i) => `<c r="${columnName(i)}${r + 1}" t="inlineStr"><is><t>${esc(c)}</t></is></c>`).join('')}</row>`).join('');
  return xml(`<worksheet xmlns="${NS}"><sheetData>${body}</sheetData>${filler}</worksheet>`);
}

/** A minimal workbook with one sheet; `sheet` lets a test replace the sheet part (e.g. to lie about its size). */
export function xlsxOf(sheet: Buffer | ZipPart | PackedPart): Buffer {
  const sheetPart = Buffer.isBuffer(sheet) ? { name: 'xl/worksheets/sheet1.xml', data: sheet } : sheet;
  return zipOf([
    { name: '[Content_Types].xml', data: xml(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`) },
    { name: '_rels/.rels', data: xml(`<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`) },
    { name: 'xl/workbook.xml', data: xml(`<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>`) },
    { name: 'xl/_rels/workbook.xml.rels', data: xml(`<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`) },
    sheetPart,
  ]);
}
