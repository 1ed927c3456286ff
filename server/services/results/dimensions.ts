import { BAND_ORDER, type RegisterBand } from '../../domain/register/bands';
import { HUVUDGRUPPER, KOMMUNGRUPPER, LANDSDELAR, POPULATION_CLASSES } from '../../domain/municipalities';
import type { Dimension } from '../../../db/tables/waves';

export const DIMENSION_LABELS: Readonly<Record<Dimension, string>> = {
  landsdel: 'Landsdel', huvudgrupp: 'Kommungrupp (huvudgrupp)', kommungrupp: 'Kommungrupp', lan: 'Län', storleksklass: 'Folkmängd',
  band: 'Registerband', rss: 'RSS-region',
};

/** A wave's own name for a dimension: the register band names its indicator and year ("Registerband: … 2025"). */
export function dimensionLabel(wave: { registerBand: RegisterBand | null }, dimension: Dimension): string {
  const band = dimension === 'band' ? wave.registerBand : null;
  return band ? `${DIMENSION_LABELS.band}: ${band.title}, ${band.year}` : DIMENSION_LABELS[dimension];
}

export function isDimension(value: unknown): value is Dimension {
  return typeof value === 'string' && Object.hasOwn(DIMENSION_LABELS, value);
}

/** What a stored group value is called on pages and in exports ("A" → "A Storstäder och storstadsnära kommuner"). */
export function groupLabel(dimension: Dimension, value: string): string {
  if (dimension === 'huvudgrupp' && Object.hasOwn(HUVUDGRUPPER, value)) return `${value} ${HUVUDGRUPPER[value as keyof typeof HUVUDGRUPPER]}`;
  if (dimension === 'kommungrupp' && Object.hasOwn(KOMMUNGRUPPER, value)) return `${value} ${KOMMUNGRUPPER[value as keyof typeof KOMMUNGRUPPER].name}`;
  if (dimension === 'storleksklass') return POPULATION_CLASSES.find((c) => c.code === value)?.label ?? value;
  return value;
}

const ORDER: Partial<Record<Dimension, readonly string[]>> = {
  landsdel: LANDSDELAR, huvudgrupp: Object.keys(HUVUDGRUPPER), kommungrupp: Object.keys(KOMMUNGRUPPER),
  storleksklass: POPULATION_CLASSES.map((c) => c.code), band: BAND_ORDER,
};

/** Groups in the reference order (landsdel south to north, A before B …, register bands lowest first); others
 *  (län, RSS region) alphabetically. */
export function sortGroups(dimension: Dimension, values: Iterable<string>): string[] {
  const order = ORDER[dimension] ?? [];
  const rank = (v: string) => (order.includes(v) ? order.indexOf(v) : order.length);
  return [...new Set(values)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'sv'));
}
