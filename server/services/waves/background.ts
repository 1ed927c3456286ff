import { checkBackgroundCells, type BackgroundCell } from '../../domain/disclosure';
import { populationClass, rssRegionOf } from '../../domain/municipalities';
import type { Dimension } from '../../../db/tables/waves';

/** As the words appear inside a sentence ("Gruppen med landsdel Norrland och huvudgrupp C …"). */
const IN_SENTENCE: Readonly<Record<Dimension, string>> = {
  landsdel: 'landsdel', huvudgrupp: 'huvudgrupp', kommungrupp: 'kommungrupp', lan: 'län', storleksklass: 'folkmängd',
  band: 'registerband', rss: 'RSS-region',
};

/** kommunkod: needed for the RSS region. band: the municipality's register band label (null: no value that year). */
export interface MunicipalityAttributes {
  landsdel: string; huvudgrupp: string; kommungrupp: string; lan: string; population: number;
  kommunkod?: string; band?: string | null;
}

const rssOf = (m: MunicipalityAttributes) =>
  (m.kommunkod ? rssRegionOf({ kommunkod: m.kommunkod, lanskod: m.kommunkod.slice(0, 2), lan: m.lan }).name : undefined);

/** The coarse values a response carries: only the wave's own dimensions, nothing else about the municipality
 *  (a band label, never the register value). A missing value (no band) is left out: "Uppgift saknas". */
export function backgroundOf(m: MunicipalityAttributes, dimensions: readonly Dimension[]): Partial<Record<Dimension, string>> {
  const value = (d: Dimension): string | undefined => {
    if (d === 'storleksklass') return populationClass(m.population).code;
    if (d === 'band') return m.band ?? undefined;
    if (d === 'rss') return rssOf(m);
    return m[d];
  };
  return Object.fromEntries(dimensions.map((d) => [d, value(d)]).filter(([, v]) => v !== undefined));
}

/** Every combination of the chosen dimensions among the invited municipalities must hold at least k of them.
 *  Returns the Swedish messages of the combinations that are too small (empty when the choice is safe).
 *  Municipalities without a register band are left out here; at release they are coarsened like any other. */
export function tooSmallBackgroundCells(invited: readonly MunicipalityAttributes[], dimensions: readonly Dimension[], k: number): string[] {
  if (dimensions.length === 0) return [];
  const cells = new Map<string, BackgroundCell>();
  for (const m of invited) {
    const combination = backgroundOf(m, dimensions) as Record<string, string>;
    if (Object.keys(combination).length < dimensions.length) continue;
    if (combination.storleksklass) combination.storleksklass = populationClass(m.population).label;
    const key = JSON.stringify(combination);
    const cell = cells.get(key) ?? { combination, invited: 0 };
    cell.invited += 1;
    cells.set(key, cell);
  }
  return checkBackgroundCells([...cells.values()], k, IN_SENTENCE).map((c) => c.message);
}
