/**
 * Swedish number formatting for pages, charts and PDFs (exports keep numbers as numbers):
 * decimal comma, thousands grouped with a no-break space (U+00A0) so a number never wraps,
 * an ASCII hyphen-minus for negatives (copies cleanly into spreadsheets; Intl would give U+2212),
 * rounding half away from zero on the decimal value, and never "-0".
 */
export const NO_BREAK_SPACE = '\u00A0';

const formatters = new Map<number, Intl.NumberFormat>();

export function formatNumber(x: number, decimals = 0): string {
  if (!Number.isFinite(x)) throw new RangeError(`Kan inte visa talet ${x}`);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new RangeError(`Ogiltigt antal decimaler: ${decimals}`);
  }
  let formatter = formatters.get(decimals);
  if (!formatter) {
    formatter = new Intl.NumberFormat('sv-SE', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      signDisplay: 'negative',
      useGrouping: true,
    });
    formatters.set(decimals, formatter);
  }
  // Normalise the separators in case the ICU data ever differs from what the tests expect.
  return formatter.format(x).replace(/\u2212/g, '-').replace(/[\u202F\u2009 ]/g, NO_BREAK_SPACE);
}

/**
 * "42 %", "12,5 %": no-break space before the per cent sign as Swedish style prescribes.
 * Whole per cents by default, since groups are small and decimals would suggest precision
 * that is not there; pass decimals = 1 where a decimal is wanted.
 */
export function formatPercent(x: number, decimals = 0): string {
  return `${formatNumber(x, decimals)}${NO_BREAK_SPACE}%`;
}
