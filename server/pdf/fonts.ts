import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PdfDoc } from './pdf-types';
import { woffToSfnt } from './woff-to-sfnt';

// Noto Sans from @fontsource: installed by npm ci, so the PDF needs no system font. The WOFF files are
// unpacked once per process to plain font files, which pdfkit (fontkit) and Skia both read quickly.
// The latin subset covers å ä ö, the en dash and the no-break space.

export const FONT = {
  regular: 'NotoSans',
  bold: 'NotoSans-Bold',
  italic: 'NotoSans-Italic',
  boldItalic: 'NotoSans-BoldItalic',
} as const;

export type FontName = (typeof FONT)[keyof typeof FONT];

const FILES: Record<FontName, string> = {
  [FONT.regular]: 'noto-sans-latin-400-normal.woff',
  [FONT.bold]: 'noto-sans-latin-700-normal.woff',
  [FONT.italic]: 'noto-sans-latin-400-italic.woff',
  [FONT.boldItalic]: 'noto-sans-latin-700-italic.woff',
};

const cache = new Map<FontName, Buffer>();

function fontDirectory(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('@fontsource/noto-sans/package.json')), 'files');
}

/** The font as TrueType bytes, read and unpacked once per process. */
export function fontBytes(name: FontName): Buffer {
  let bytes = cache.get(name);
  if (!bytes) {
    bytes = woffToSfnt(readFileSync(path.join(fontDirectory(), FILES[name])));
    cache.set(name, bytes);
  }
  return bytes;
}

export function registerPdfFonts(doc: PdfDoc): void {
  for (const name of Object.values(FONT)) doc.registerFont(name, fontBytes(name));
}

export function fontFor(style: { bold?: boolean; italic?: boolean }): FontName {
  if (style.bold) return style.italic ? FONT.boldItalic : FONT.bold;
  return style.italic ? FONT.italic : FONT.regular;
}
