/**
 * Register bands (issue 18): a register indicator used as a breakdown dimension, grouped into a few bands fixed
 * when the wave is scheduled. Pure: the cut points come from the latest year's values over the panel members'
 * municipalities; a ballot then carries only the band label, never the value or the municipality.
 */

/** Swedish band labels by number of bands, lowest first. The order is the fixed group order of the results. */
export const BAND_LABELS: Readonly<Record<number, readonly string[]>> = {
  2: ['Lägre hälften', 'Högre hälften'],
  3: ['Lägre tredjedel', 'Mellersta tredjedel', 'Högre tredjedel'],
  4: ['Lägsta fjärdedelen', 'Näst lägsta fjärdedelen', 'Näst högsta fjärdedelen', 'Högsta fjärdedelen'],
};
export const MIN_BANDS = 2;
export const MAX_BANDS = 4;
/** A municipality without a value in the band's year gets no band: shown as "Uppgift saknas". */
export const NO_BAND = 'Uppgift saknas';

/** What a wave stores (waves.register_band): fixed at scheduling, never changed after the wave opened. */
export interface RegisterBand {
  indicatorId: number;
  /** The indicator's key (the Kolada KPI id for imported indicators). */
  kpiId: string;
  title: string;
  year: number;
  /** n − 1 ascending cut points: band i holds values v with cuts[i − 1] < v ≤ cuts[i]. */
  cuts: number[];
  labels: string[];
  /** Band index of every municipality with a value in `year` (kommunkod → index), fixed with the cut points. */
  assigned: Record<string, number>;
}

/** The latest year with at least one value, or null. */
export function latestYear(values: readonly { year: number }[]): number | null {
  return values.reduce<number | null>((y, v) => (y === null || v.year > y ? v.year : y), null);
}

/** n − 1 cut points splitting the sorted values into n groups of (nearly) equal size (empirical quantiles). */
export function cutPoints(values: readonly number[], n: number): number[] {
  if (!Number.isInteger(n) || n < MIN_BANDS || n > MAX_BANDS) throw new Error(`Bands must be ${MIN_BANDS}–${MAX_BANDS}, got ${n}`);
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length < n) throw new Error(`Need at least ${n} values for ${n} bands, got ${sorted.length}`);
  return Array.from({ length: n - 1 }, (_, i) => sorted[Math.ceil(((i + 1) * sorted.length) / n) - 1]!);
}

/** The band index of a value (0 = lowest); null value → null (no band). */
export function bandIndex(value: number | null | undefined, cuts: readonly number[]): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const i = cuts.findIndex((c) => value <= c);
  return i === -1 ? cuts.length : i;
}

/** The band label a ballot carries for a municipality, or null ("Uppgift saknas") when it had no value. */
export function bandLabelOf(band: RegisterBand, kommunkod: string): string | null {
  const i = band.assigned[kommunkod];
  return i === undefined ? null : band.labels[i] ?? null;
}

/**
 * Fixes the bands: cut points from the `year` values of the panel municipalities (`panel`), then every municipality
 * with a value that year is assigned its band. Returns null when the panel has fewer values than bands.
 */
export function fixBands(
  indicator: { id: number; key: string; name: string },
  values: readonly { kommunkod: string; year: number; value: number }[],
  panel: ReadonlySet<string>, n = 3,
): RegisterBand | null {
  const year = latestYear(values.filter((v) => panel.has(v.kommunkod)));
  if (year === null) return null;
  const ofYear = values.filter((v) => v.year === year);
  const panelValues = ofYear.filter((v) => panel.has(v.kommunkod)).map((v) => v.value);
  if (panelValues.length < n) return null;
  const cuts = cutPoints(panelValues, n);
  const assigned: Record<string, number> = {};
  for (const v of ofYear) assigned[v.kommunkod] = bandIndex(v.value, cuts)!;
  return { indicatorId: indicator.id, kpiId: indicator.key, title: indicator.name, year, cuts, labels: [...BAND_LABELS[n]!], assigned };
}

/** Every band label in the fixed order (lowest first, then "Uppgift saknas" is added by the results). */
export const BAND_ORDER: readonly string[] = Object.values(BAND_LABELS).flat();
