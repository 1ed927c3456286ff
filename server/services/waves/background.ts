import { checkBackgroundCells, type BackgroundCell } from '../../domain/disclosure';
import { populationClass } from '../../domain/municipalities';
import type { Dimension } from '../../../db/tables/waves';

/** As the words appear inside a sentence ("Gruppen med landsdel Norrland och huvudgrupp C …"). */
const IN_SENTENCE: Readonly<Record<Dimension, string>> = {
  landsdel: 'landsdel', huvudgrupp: 'huvudgrupp', kommungrupp: 'kommungrupp', lan: 'län', storleksklass: 'folkmängd',
};

export interface MunicipalityAttributes { landsdel: string; huvudgrupp: string; kommungrupp: string; lan: string; population: number }

/** The coarse values a response carries: only the wave's own dimensions, nothing else about the municipality. */
export function backgroundOf(m: MunicipalityAttributes, dimensions: readonly Dimension[]): Partial<Record<Dimension, string>> {
  const all: Record<Dimension, string> = {
    landsdel: m.landsdel, huvudgrupp: m.huvudgrupp, kommungrupp: m.kommungrupp, lan: m.lan, storleksklass: populationClass(m.population).code,
  };
  return Object.fromEntries(dimensions.map((d) => [d, all[d]]));
}

/** Every combination of the chosen dimensions among the invited municipalities must hold at least k of them.
 *  Returns the Swedish messages of the combinations that are too small (empty when the choice is safe). */
export function tooSmallBackgroundCells(invited: readonly MunicipalityAttributes[], dimensions: readonly Dimension[], k: number): string[] {
  if (dimensions.length === 0) return [];
  const cells = new Map<string, BackgroundCell>();
  for (const m of invited) {
    const combination = backgroundOf(m, dimensions) as Record<string, string>;
    if (combination.storleksklass) combination.storleksklass = populationClass(m.population).label;
    const key = JSON.stringify(combination);
    const cell = cells.get(key) ?? { combination, invited: 0 };
    cell.invited += 1;
    cells.set(key, cell);
  }
  return checkBackgroundCells([...cells.values()], k, IN_SENTENCE).map((c) => c.message);
}
