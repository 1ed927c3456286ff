import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../schema';
import { POPULATION_CLASSES } from '../../server/domain/municipalities';

export type SpreadDimension = 'landsdel' | 'huvudgrupp' | 'kommungrupp' | 'lan' | 'storleksklass';

export interface SpreadCount {
  group: string;
  /** Municipalities in the group (of all 290) and how many of them are active panel members. */
  total: number; panel: number;
  /** Inhabitants in the group, and in its active panel members. */
  population: number; panelPopulation: number;
}

// Constants from the reference data, so literals are safe; the same expression is selected and grouped by.
function populationClassExpr(): RawBuilder<string> {
  const whens = POPULATION_CLASSES.filter((c) => c.max !== null)
    .map((c) => sql`when m.population <= ${sql.lit(c.max)} then ${sql.lit(c.code)}`);
  const last = POPULATION_CLASSES.find((c) => c.max === null)!;
  return sql<string>`case ${sql.join(whens, sql` `)} else ${sql.lit(last.code)} end`;
}

function groupExpr(dimension: SpreadDimension): RawBuilder<string> {
  switch (dimension) {
    case 'landsdel': return sql<string>`m.landsdel`;
    case 'huvudgrupp': return sql<string>`m.huvudgrupp`;
    case 'kommungrupp': return sql<string>`m.kommungrupp`;
    case 'lan': return sql<string>`m.lan`;
    case 'storleksklass': return populationClassExpr();
  }
}

/** Counts and populations per group, all municipalities against active members, in one GROUP BY. */
export async function countSpread(db: Kysely<DB>, dimension: SpreadDimension): Promise<SpreadCount[]> {
  const grp = groupExpr(dimension);
  const isMember = sql`pm.status = 'active'`;
  const rows = await db.selectFrom('municipalities as m').leftJoin('panel_members as pm', 'pm.kommunkod', 'm.kommunkod')
    .select([
      grp.as('grp'),
      sql<number>`cast(count(*) as integer)`.as('total'),
      sql<number>`cast(sum(case when ${isMember} then 1 else 0 end) as integer)`.as('panel'),
      sql<number>`cast(sum(m.population) as bigint)`.as('population'),
      sql<number>`cast(sum(case when ${isMember} then m.population else 0 end) as bigint)`.as('panel_population'),
    ])
    .groupBy(grp).execute();
  return rows.map((r) => ({
    group: r.grp, total: Number(r.total), panel: Number(r.panel), population: Number(r.population), panelPopulation: Number(r.panel_population),
  }));
}
