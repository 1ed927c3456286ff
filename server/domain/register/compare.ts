/**
 * A register indicator for one municipality beside its län, its RSS region, the whole country and a
 * kommungrupp, year by year. Group values come two ways, labelled apart on every page:
 *  - the unweighted mean of the municipalities' values (each municipality counts once, as Kolada computes
 *    group values), and
 *  - the population-weighted mean, Σ(value × population) / Σ population, over the municipalities that have
 *    both a value and a population.
 */
export interface Place { kommunkod: string; lanskod: string; kommungrupp: string; rss: string; population: number | null }
export interface YearValue { kommunkod: string; year: number; value: number }
export interface GroupValue { mean: number | null; weighted: number | null; municipalities: number }
export interface ComparisonYear { year: number; kommun: number | null; lan: GroupValue; rss: GroupValue; riket: GroupValue; grupp: GroupValue }

export function groupValue(values: ReadonlyMap<string, number>, members: readonly Place[]): GroupValue {
  let sum = 0;
  let n = 0;
  let weightedSum = 0;
  let weights = 0;
  for (const m of members) {
    const v = values.get(m.kommunkod);
    if (v === undefined) continue;
    sum += v;
    n += 1;
    if (m.population !== null && m.population > 0) { weightedSum += v * m.population; weights += m.population; }
  }
  return { mean: n ? sum / n : null, weighted: weights ? weightedSum / weights : null, municipalities: n };
}

export function compareOverYears(values: readonly YearValue[], places: readonly Place[], selection: { kommunkod: string; kommungrupp: string }): ComparisonYear[] {
  const self = places.find((p) => p.kommunkod === selection.kommunkod);
  if (!self) return [];
  const byYear = new Map<number, Map<string, number>>();
  for (const v of values) {
    if (!byYear.has(v.year)) byYear.set(v.year, new Map());
    byYear.get(v.year)!.set(v.kommunkod, v.value);
  }
  const lan = places.filter((p) => p.lanskod === self.lanskod);
  const rss = places.filter((p) => p.rss === self.rss);
  const grupp = places.filter((p) => p.kommungrupp === selection.kommungrupp);
  return [...byYear.keys()].sort((a, b) => a - b).map((year) => {
    const at = byYear.get(year)!;
    return { year, kommun: at.get(self.kommunkod) ?? null, lan: groupValue(at, lan), rss: groupValue(at, rss), riket: groupValue(at, places), grupp: groupValue(at, grupp) };
  });
}

/** One year's values per group of municipalities (e.g. the 24 RSS regions), in the order of `groups`. */
export function valuesByGroup(values: readonly YearValue[], places: readonly Place[], year: number, groups: readonly { code: string; name: string }[], groupOf: (p: Place) => string): { code: string; name: string; value: GroupValue }[] {
  const at = new Map(values.filter((v) => v.year === year).map((v) => [v.kommunkod, v.value]));
  return groups.map((g) => ({ ...g, value: groupValue(at, places.filter((p) => groupOf(p) === g.code)) }));
}
