import type fc from 'fast-check';

/** fast-check options for a property: a new random seed every run, which fast-check prints with the
 *  counterexample when the property fails; `PROPERTY_SEED=<seed>` replays that run. */
export function propertyRuns<T>(numRuns: number): fc.Parameters<T> {
  const fixed = process.env.PROPERTY_SEED;
  const seed = fixed ? Number(fixed) : Math.floor(Math.random() * 2 ** 31);
  return { numRuns, seed, verbose: 1 };
}
