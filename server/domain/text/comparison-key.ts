const SPACES_AND_HYPHENS = /[\s\-\u2010-\u2013]+/g;
const SPACES_HYPHENS_AND_UNDERSCORES = /[\s_\-\u2010-\u2013]+/g;

/** The form in which two names count as the same: NFC, lower case (sv-SE), every run of spaces and hyphens
 *  (and underscores, when they count as spaces too) one space, trimmed. */
export function comparisonKey(text: string, underscoreIsSpace = false): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('sv-SE')
    .replace(underscoreIsSpace ? SPACES_HYPHENS_AND_UNDERSCORES : SPACES_AND_HYPHENS, ' ')
    .trim();
}
