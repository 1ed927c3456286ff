import type { Kysely } from 'kysely';
import type { DB } from '../schema';
import { countMunicipalities, insertMunicipalities } from '../repositories/municipalities';
import { loadMunicipalities } from './reference/municipalities';

/** The project's own copy of the 290 municipalities (db/seed/reference/README.md): seeded once, then kept. */
export async function seedReferenceData(db: Kysely<DB>): Promise<boolean> {
  if ((await countMunicipalities(db)) > 0) return false;
  await insertMunicipalities(db, loadMunicipalities().map((m) => ({
    kommunkod: m.kommunkod, name: m.name, lanskod: m.lanskod, lan: m.lan, landsdel: m.landsdel,
    kommungrupp: m.kommungrupp, huvudgrupp: m.huvudgrupp, population: m.population,
  })));
  return true;
}
