/** count as a percentage of base, unrounded (round only when formatting); null when base is 0. */
export function percent(count: number, base: number): number | null {
  if (!Number.isFinite(count) || !Number.isFinite(base) || base < 0 || count < 0) {
    throw new RangeError(`Ogiltig andel: ${count} av ${base}`);
  }
  // Multiply first: for whole counts the result is then the correctly rounded quotient.
  return base === 0 ? null : (count * 100) / base;
}
