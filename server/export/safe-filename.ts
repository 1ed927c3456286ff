const MAX_BASE_LENGTH = 80;

/**
 * A download file name that is safe in a Content-Disposition header and on every file system:
 * lower-case ASCII letters, digits and single hyphens only ("Panel 2026-11-23" → "panel-2026-11-23"),
 * so no path, quote or header character can get through. å, ä, ö and other accents lose their
 * marks (å → a, ö → o); a base with nothing usable left becomes "export".
 */
export function safeFilename(base: string, ext: string): string {
  const cleanExt = ext.replace(/^\./, '').toLowerCase();
  if (!/^[a-z0-9]{1,10}$/.test(cleanExt)) throw new RangeError(`Ogiltig filändelse: ${ext}`);
  const cleanBase = base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_BASE_LENGTH)
    .replace(/^-+|-+$/g, '');
  return `${cleanBase || 'export'}.${cleanExt}`;
}
