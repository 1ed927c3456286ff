import { crc32, deflateSync, inflateSync } from 'node:zlib';

// Skia writes RGBA PNGs. pdfkit must decode such a PNG in JavaScript to split off the alpha channel,
// which cost more than drawing the charts. A chart on a white background needs no alpha, so the PNG
// is rewritten as RGB, which pdfkit embeds without decoding. Reading Skia's small PNG (rather than
// its raw pixels) also keeps memory down: raw pixel buffers from the canvas are not counted by the
// garbage collector and piled up at about 4 MB per chart.

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

type PngHeader = { width: number; height: number; bitDepth: number; colourType: number; interlace: number };

/** An 8-bit RGBA, non-interlaced PNG → the same image as 8-bit RGB with the alpha channel dropped. */
export function dropPngAlpha(png: Buffer): Buffer {
  const { header, idat } = readChunks(png);
  if (header.bitDepth !== 8 || header.colourType !== 6 || header.interlace !== 0) {
    throw new Error('Väntade en 8-bitars RGBA-PNG utan interlace');
  }
  const { width, height } = header;
  const inStride = width * 4 + 1;
  const outStride = width * 3 + 1;
  const filtered = inflateSync(idat);
  const rgb = Buffer.alloc(outStride * height);
  let previous = new Uint8Array(width * 4);
  let current = new Uint8Array(width * 4);
  for (let y = 0; y < height; y++) {
    unfilterRow(filtered[y * inStride], filtered.subarray(y * inStride + 1, (y + 1) * inStride), previous, current);
    writeRgbRowUp(current, y === 0 ? null : previous, rgb, y * outStride);
    [previous, current] = [current, previous];
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, adaptive filtering, no interlace
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rgb, { level: 1 })), chunk('IEND', Buffer.alloc(0))]);
}

function readChunks(png: Buffer): { header: PngHeader; idat: Buffer } {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('Inte en PNG-fil');
  const parts: Buffer[] = [];
  let header: PngHeader | null = null;
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      header = { width: data.readUInt32BE(0), height: data.readUInt32BE(4), bitDepth: data[8], colourType: data[9], interlace: data[12] };
    }
    if (type === 'IDAT') parts.push(data);
    at += 12 + length;
  }
  if (!header) throw new Error('PNG-filen saknar IHDR');
  return { header, idat: Buffer.concat(parts) };
}

// Reverses the five PNG row filters (https://www.w3.org/TR/png/#9Filters) for 4 bytes per pixel.
function unfilterRow(filter: number, row: Uint8Array, above: Uint8Array, out: Uint8Array): void {
  for (let i = 0; i < row.length; i++) {
    const left = i >= 4 ? out[i - 4] : 0;
    const up = above[i];
    const upLeft = i >= 4 ? above[i - 4] : 0;
    let predictor = 0;
    if (filter === 1) predictor = left;
    else if (filter === 2) predictor = up;
    else if (filter === 3) predictor = (left + up) >> 1;
    else if (filter === 4) predictor = paeth(left, up, upLeft);
    out[i] = (row[i] + predictor) & 0xff;
  }
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

// Filter "Up" (2) on the RGB row: chart rows mostly repeat the row above, so this gives long runs
// of zeros that deflate compresses quickly. The first row is stored unfiltered (0).
function writeRgbRowUp(rgba: Uint8Array, above: Uint8Array | null, out: Buffer, at: number): void {
  out[at++] = above ? 2 : 0;
  for (let i = 0; i < rgba.length; i += 4) {
    out[at++] = (rgba[i] - (above ? above[i] : 0)) & 0xff;
    out[at++] = (rgba[i + 1] - (above ? above[i + 1] : 0)) & 0xff;
    out[at++] = (rgba[i + 2] - (above ? above[i + 2] : 0)) & 0xff;
  }
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
