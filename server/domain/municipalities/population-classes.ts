/**
 * Size classes by total population, used for register filters and for comparing the panel with
 * all municipalities. Bounds are inclusive; the last class has no upper bound.
 */
export interface PopulationClass {
  readonly code: string;
  readonly label: string;
  readonly min: number;
  readonly max: number | null;
}

export const POPULATION_CLASSES: readonly PopulationClass[] = Object.freeze([
  { code: 'under-10k', label: 'under 10 000', min: 0, max: 9_999 },
  { code: '10k-25k', label: '10 000–24 999', min: 10_000, max: 24_999 },
  { code: '25k-50k', label: '25 000–49 999', min: 25_000, max: 49_999 },
  { code: '50k-100k', label: '50 000–99 999', min: 50_000, max: 99_999 },
  { code: '100k-plus', label: '100 000 eller fler', min: 100_000, max: null },
]);

export function populationClass(population: number): PopulationClass {
  if (!Number.isInteger(population) || population < 0) {
    throw new RangeError(`Invalid population: ${population}`);
  }
  const found = POPULATION_CLASSES.find((c) => population >= c.min && (c.max === null || population <= c.max));
  // Unreachable while the classes cover 0..∞ without gaps; the test checks that they do.
  if (!found) throw new RangeError(`No population class for ${population}`);
  return found;
}
