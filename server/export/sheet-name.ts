const MAX_SHEET_NAME_LENGTH = 31;

/**
 * A worksheet name Excel accepts: at most 31 characters, none of [ ] : * ? / \, not starting or
 * ending with an apostrophe, not "History" (reserved), and unique within the workbook regardless of
 * case. `taken` holds the lower-cased names already used and is updated.
 */
export function safeSheetName(name: string, taken: Set<string>): string {
  let base = name.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim();
  base = trimApostrophes(base.slice(0, MAX_SHEET_NAME_LENGTH));
  if (base === '' || base.toLowerCase() === 'history') base = base === '' ? 'Blad' : `${base} 1`;
  let candidate = base;
  for (let copy = 2; taken.has(candidate.toLowerCase()); copy++) {
    const suffix = ` (${copy})`;
    candidate = trimApostrophes(base.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length)) + suffix;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

function trimApostrophes(name: string): string {
  return name.replace(/^'+|'+$/g, '').trim();
}
