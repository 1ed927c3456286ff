import { comparisonKey } from '../text/comparison-key';

// How municipality names are compared. Two levels:
// - exact key: NFC, lower case (sv-SE), spaces and hyphens equivalent, so
//   "upplands väsby", "Upplands  Väsby" and "Upplands-Väsby" are the same name;
//   no two Swedish municipalities differ only in that way.
// - folded key: the exact key without diacritics (å→a, ä→a, ö→o, é→e, ø→o), used
//   only to suggest or to detect ambiguity, never to accept a name, because
//   folding merges real municipalities (Håbo 0305 and Habo 0643).

export function exactNameKey(name: string): string {
  return comparisonKey(name);
}

export function foldedNameKey(name: string): string {
  return exactNameKey(name)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae');
}

const ADMINISTRATIVE_SUFFIX = / (kommun|stad)$/;
const REGION_PREFIX = /^region /;

/**
 * Exact keys to try for what a person typed, most literal first: "Håbo kommun"
 * → "håbo kommun", "håbo"; "Stockholms stad" → …, "stockholms", "stockholm"
 * (the genitive s is dropped only after a suffix was removed, so "Borås" stays);
 * "Region Gotland" → …, "gotland".
 */
export function nameKeyVariants(input: string): string[] {
  const key = exactNameKey(input);
  const variants = [key];
  if (ADMINISTRATIVE_SUFFIX.test(key)) {
    const bare = key.replace(ADMINISTRATIVE_SUFFIX, '');
    variants.push(bare);
    if (bare.endsWith('s')) variants.push(bare.slice(0, -1));
  }
  if (REGION_PREFIX.test(key)) variants.push(key.replace(REGION_PREFIX, ''));
  return variants;
}
