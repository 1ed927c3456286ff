import { execFileSync, spawnSync } from 'node:child_process';

// pdfinfo and pdftotext come from Debian's poppler-utils. Locally a missing install skips the PDF
// tests with a message; in CI (CI=true) it fails them, so a broken CI image cannot pass silently.

export function popplerMissing(): string | null {
  const probe = spawnSync('pdfinfo', ['-v'], { encoding: 'utf8' });
  return probe.error ? 'pdfinfo saknas (installera poppler-utils: apt-get install -y poppler-utils)' : null;
}

/** Call from a mocha `before`: skips the suite locally, throws in CI. */
export function requirePoppler(context: Mocha.Context): void {
  const missing = popplerMissing();
  if (!missing) return;
  if (process.env.CI === 'true') throw new Error(`${missing} – krävs i CI`);
  console.log(`      (hoppar över PDF-testerna: ${missing})`);
  context.skip();
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
