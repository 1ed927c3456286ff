import { execFileSync } from 'node:child_process';
import { skipUnlessTool } from '../support/system-tools';

// pdfinfo and pdftotext come from Debian's poppler-utils. Locally a missing install skips the PDF
// tests with the same `SKIPPED (local)` line as every other tool; in CI (CI=true) it fails them.

/** Call from a mocha `before`: skips the suite locally (one `SKIPPED (local)` line), fails in CI. */
export function requirePoppler(context: Mocha.Context): void {
  skipUnlessTool(context, 'pdfinfo', 'PDF tests need pdfinfo and pdftotext');
  skipUnlessTool(context, 'pdftotext', 'PDF tests need pdfinfo and pdftotext');
}

export function pdfinfo(file: string, ...args: string[]): string {
  return execFileSync('pdfinfo', [...args, file], { encoding: 'utf8' });
}

export function pdftotext(file: string): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** Collapses all whitespace (line breaks, layout padding, no-break spaces) to single spaces. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
