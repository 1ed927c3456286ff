import { assertK } from './k-threshold';

/** A released response's background values, one per wave dimension; null = "uppgift saknas". */
export type Background = Record<string, string | null>;

/**
 * k-anonymous background values, decided on the RESPONDENTS (never on the invited): a response keeps a combination
 * only if at least k responses of the batch end up with exactly that combination. Otherwise the finest dimension
 * is dropped (set to null) and the response is tried again with the coarser combination; a response that is not
 * shared by k others even with no dimension left carries none at all ("uppgift saknas" everywhere).
 * dimensions: coarsest first (landsdel before län); returns new objects in the input order.
 */
export function kAnonymize(backgrounds: readonly Background[], dimensions: readonly string[], k: number): Background[] {
  assertK(k);
  const result: Background[] = backgrounds.map(() => Object.fromEntries(dimensions.map((d) => [d, null])));
  let waiting = backgrounds.map((_, i) => i);
  for (let level = dimensions.length; level > 0 && waiting.length > 0; level--) {
    const kept = dimensions.slice(0, level);
    const key = (i: number) => JSON.stringify(kept.map((d) => backgrounds[i]![d] ?? null));
    const sizes = new Map<string, number>();
    for (const i of waiting) sizes.set(key(i), (sizes.get(key(i)) ?? 0) + 1);
    const next: number[] = [];
    for (const i of waiting) {
      if (sizes.get(key(i))! >= k) for (const d of kept) result[i]![d] = backgrounds[i]![d] ?? null;
      else next.push(i);
    }
    waiting = next;
  }
  return result;
}

/** Fixed fineness of the background dimensions: the one with the most groups is dropped first. */
// A register band (a few bands chosen for this wave) is kept longest after landsdel; RSS (24 regions) goes first.
const FINENESS = ['landsdel', 'band', 'huvudgrupp', 'kommungrupp', 'storleksklass', 'lan', 'rss'];

export function coarsestFirst(dimensions: readonly string[]): string[] {
  const rank = (d: string) => (FINENESS.includes(d) ? FINENESS.indexOf(d) : FINENESS.length);
  return [...dimensions].sort((a, b) => rank(a) - rank(b));
}
