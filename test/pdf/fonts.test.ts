import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { FONT, fontBytes } from '../../server/pdf/fonts';
import { woffToSfnt } from '../../server/pdf/woff-to-sfnt';

const require = createRequire(import.meta.url);
const woffPath = path.join(path.dirname(require.resolve('@fontsource/noto-sans/package.json')), 'files', 'noto-sans-latin-400-normal.woff');

function tableTags(sfnt: Buffer): string[] {
  const count = sfnt.readUInt16BE(4);
  return Array.from({ length: count }, (_, i) => sfnt.toString('latin1', 12 + 16 * i, 16 + 16 * i));
}

describe('woffToSfnt', () => {
  it('unpacks the WOFF into a TrueType file with the font tables', () => {
    const sfnt = woffToSfnt(readFileSync(woffPath));
    assert.equal(sfnt.readUInt32BE(0), 0x00010000);
    for (const tag of ['cmap', 'glyf', 'head', 'hmtx', 'loca', 'name']) assert.ok(tableTags(sfnt).includes(tag), tag);
  });

  it('gives the same text widths as the WOFF it came from', () => {
    const doc = new PDFDocument();
    doc.registerFont('woff', readFileSync(woffPath));
    doc.registerFont('sfnt', woffToSfnt(readFileSync(woffPath)));
    const sample = 'Hälsingland, Östra Göinge och Åre – 62\u00a0%';
    const woffWidth = doc.font('woff').fontSize(10).widthOfString(sample);
    assert.ok(woffWidth > 100);
    assert.equal(doc.font('sfnt').fontSize(10).widthOfString(sample), woffWidth);
  });

  it('refuses a file that is not WOFF', () => {
    assert.throws(() => woffToSfnt(Buffer.from('not a font at all, not a font at all, not at all')), /Not a WOFF/);
  });
});

describe('fontBytes', () => {
  it('gives each of the four faces once, as different fonts', () => {
    const faces = Object.values(FONT).map(fontBytes);
    assert.equal(new Set(faces.map((bytes) => bytes.length)).size, 4);
    assert.equal(fontBytes(FONT.bold), faces[1]);
  });
});
