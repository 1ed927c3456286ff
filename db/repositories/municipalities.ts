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
