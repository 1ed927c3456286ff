// Swedish number formatting for lägesbild text. Intl's sv-SE output uses a no-break space as the
// thousands separator and before "%", which keeps "62 %" on one line in both HTML and PDF.

const integerFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const percentFormat = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 0 });

/** 1234 → "1 234" (no-break space). */
export function formatInteger(value: number): string {
  return integerFormat.format(value);
}

/** A share 0..1 → "62 %" (no-break space), rounded to a whole percent. */
export function formatPercent(share: number): string {
  return percentFormat.format(share);
}

/** Joins ["a", "b", "c"] → "a, b och c". */
export function joinSwedishList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}
