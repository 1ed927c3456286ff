/** One row of `SELECT value, COUNT(*) AS count … GROUP BY value`. */
export interface HistogramBin {
  value: number;
  count: number;
}

export interface HistogramSummary {
  n: number;
  mean: number | null;
  median: number | null;
  q1: number | null;
  q3: number | null;
  min: number | null;
  max: number | null;
}

/**
 * Summarises a histogram without expanding it into one value per respondent.
 * Quantiles use "type 7" (Hyndman & Fan 1996; the default in R, numpy and Excel's QUARTILE.INC):
 * for sorted values x[0..n-1], h = (n - 1) * p and Q(p) = x[⌊h⌋] + (h - ⌊h⌋) * (x[⌊h⌋ + 1] - x[⌊h⌋]).
 * The median is Q(0.5), which is the usual middle value or mean of the two middle values.
 * Bins may come in any order, repeat a value or have count 0. With n = 0 every figure is null.
 */
export function summariseHistogram(hist: readonly HistogramBin[]): HistogramSummary {
  const bins = normaliseBins(hist);
  const n = bins.reduce((sum, bin) => sum + bin.count, 0);
  if (n === 0) return { n: 0, mean: null, median: null, q1: null, q3: null, min: null, max: null };
  const total = bins.reduce((sum, bin) => sum + bin.value * bin.count, 0);
  return {
    n,
    mean: total / n,
    median: quantileOfBins(bins, n, 0.5),
    q1: quantileOfBins(bins, n, 0.25),
    q3: quantileOfBins(bins, n, 0.75),
    min: bins[0]!.value,
    max: bins[bins.length - 1]!.value,
  };
}

/** Type 7 quantile (see above) of a histogram; null when it holds no values. */
export function quantileFromHistogram(hist: readonly HistogramBin[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`Ogiltig kvantil: ${p}`);
  const bins = normaliseBins(hist);
  const n = bins.reduce((sum, bin) => sum + bin.count, 0);
  return n === 0 ? null : quantileOfBins(bins, n, p);
}

function quantileOfBins(bins: readonly HistogramBin[], n: number, p: number): number {
  const h = (n - 1) * p;
  const lower = Math.floor(h);
  const below = valueAtRank(bins, lower);
  if (h === lower) return below;
  return below + (h - lower) * (valueAtRank(bins, lower + 1) - below);
}

/** The value at 0-based position `rank` in the sorted list the histogram stands for. */
function valueAtRank(bins: readonly HistogramBin[], rank: number): number {
  let seen = 0;
  for (const bin of bins) {
    seen += bin.count;
    if (rank < seen) return bin.value;
  }
  throw new RangeError(`Rang ${rank} finns inte i histogrammet`);
}

/** Sorted by value, equal values merged, empty bins dropped; rejects counts SQL cannot produce. */
function normaliseBins(hist: readonly HistogramBin[]): HistogramBin[] {
  const counts = new Map<number, number>();
  for (const { value, count } of hist) {
    if (!Number.isFinite(value)) throw new RangeError(`Ogiltigt värde i histogrammet: ${value}`);
    if (!Number.isInteger(count) || count < 0) throw new RangeError(`Ogiltigt antal i histogrammet: ${count}`);
    if (count > 0) counts.set(value, (counts.get(value) ?? 0) + count);
  }
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => a.value - b.value);
}
