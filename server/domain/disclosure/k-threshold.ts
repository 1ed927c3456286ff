/**
 * The disclosure threshold k: a group's results are shown only when at least k people answered.
 * Below 3 a respondent could too easily be singled out; above 50 almost every breakdown of
 * 290 municipalities would vanish, which is surely a configuration mistake.
 */
export const DEFAULT_K = 5;
export const MIN_K = 3;
export const MAX_K = 50;

/** Throws a RangeError with a Swedish message unless k is an integer in MIN_K..MAX_K. */
export function assertK(k: number): void {
  if (!Number.isInteger(k)) throw new RangeError('k måste vara ett heltal');
  if (k < MIN_K) throw new RangeError(`k kan inte vara lägre än ${MIN_K}`);
  if (k > MAX_K) throw new RangeError(`k kan inte vara högre än ${MAX_K}`);
}
