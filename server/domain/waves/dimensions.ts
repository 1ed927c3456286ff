import type { Dimension } from '../../../db/tables/waves';

/** The background dimensions staff tick in the wave form, in display order; 'band' and 'rss' have their own
 *  fields (services/waves/register-band.ts). */
export const DIMENSIONS: readonly Dimension[] = ['landsdel', 'huvudgrupp', 'kommungrupp', 'lan', 'storleksklass'];
