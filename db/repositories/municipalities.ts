import type { Kysely } from 'kysely';
import type { DB } from '../schema';
import type { MunicipalitiesTable } from '../tables/foundation';
import { countAll } from '../sql';

export async function countMunicipalities(db: Kysely<DB>): Promise<number> {
  const row = await db.selectFrom('municipalities').select(countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertMunicipalities(db: Kysely<DB>, rows: MunicipalitiesTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 100) await db.insertInto('municipalities').values(rows.slice(i, i + 100)).execute();
}

export async function listMunicipalities(db: Kysely<DB>) {
  return db.selectFrom('municipalities').selectAll().orderBy('kommunkod').execute();
}

export type PanelStatusFilter = 'i-panelen' | 'aktiv' | 'pausad' | 'lamnat' | 'inte-med';
export interface MunicipalityFilter { lanskod?: string; landsdel?: string; kommungrupp?: string; huvudgrupp?: string; status?: PanelStatusFilter }

/** All municipalities with their panel status (null when never a member), narrowed by the filter. */
export async function listMunicipalitiesWithStatus(db: Kysely<DB>, f: MunicipalityFilter = {}) {
  let q = db.selectFrom('municipalities as m').leftJoin('panel_members as pm', 'pm.kommunkod', 'm.kommunkod')
    .selectAll('m').select(['pm.status', 'pm.joined_on', 'pm.left_on']);
  if (f.lanskod) q = q.where('m.lanskod', '=', f.lanskod);
  if (f.landsdel) q = q.where('m.landsdel', '=', f.landsdel);
  if (f.kommungrupp) q = q.where('m.kommungrupp', '=', f.kommungrupp);
  if (f.huvudgrupp) q = q.where('m.huvudgrupp', '=', f.huvudgrupp);
  switch (f.status) {
    case 'i-panelen': q = q.where('pm.status', 'in', ['active', 'paused']); break;
    case 'aktiv': q = q.where('pm.status', '=', 'active'); break;
    case 'pausad': q = q.where('pm.status', '=', 'paused'); break;
    case 'lamnat': q = q.where('pm.status', '=', 'left'); break;
    case 'inte-med': q = q.where((eb) => eb.or([eb('pm.status', 'is', null), eb('pm.status', '=', 'left')])); break;
    default: break;
  }
  return q.orderBy('m.name').execute();
}

export async function findMunicipality(db: Kysely<DB>, kommunkod: string) {
  return db.selectFrom('municipalities').selectAll().where('kommunkod', '=', kommunkod).executeTakeFirst();
}

/** The län as (code, name), for filters. */
export async function listLan(db: Kysely<DB>) {
  return db.selectFrom('municipalities').select(['lanskod', 'lan']).distinct().orderBy('lanskod').execute();
}
