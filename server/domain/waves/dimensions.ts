import type { Dimension } from '../../../db/tables/waves';

/** The background dimensions a wave may break its results down by, in display order. */
export const DIMENSIONS: readonly Dimension[] = ['landsdel', 'huvudgrupp', 'kommungrupp', 'lan', 'storleksklass'];
