import { sql, type Kysely } from 'kysely';
import type { DB } from '../schema';
import { countAll } from '../sql';

export type InvitationDimension = 'landsdel' | 'huvudgrupp' | 'kommungrupp' | 'lan';
const COLUMN: Record<InvitationDimension, 'm.landsdel' | 'm.huvudgrupp' | 'm.kommungrupp' | 'm.lan'> = {
  landsdel: 'm.landsdel', huvudgrupp: 'm.huvudgrupp', kommungrupp: 'm.kommungrupp', lan: 'm.lan',
};

export interface InvitationGroupCount { group: string | null; invited: number; submitted: number }

/** Invited and submitted per group: who answered, never what.  */
export async function countInvitationsByGroup(db: Kysely<DB>, waveId: number, dimension: InvitationDimension | null): Promise<InvitationGroupCount[]> {
  const group = dimension ? sql.ref(COLUMN[dimension]) : sql`null`;
  const rows = await db.selectFrom('invitations as i').innerJoin('municipalities as m', 'm.kommunkod', 'i.kommunkod')
    .select([sql<string | null>`${group}`.as('grp'), countAll().as('invited'), sql<number>`cast(sum(i.completed) as integer)`.as('submitted')])
    .where('i.wave_id', '=', waveId)
    .$if(dimension !== null, (b) => b.groupBy(sql`${group}`))
    .execute();
  return rows.map((r) => ({ group: r.grp, invited: Number(r.invited), submitted: Number(r.submitted ?? 0) }));
}
