import { sql, type Kysely } from 'kysely';
import type { DB } from '../schema';
import { countAll } from '../sql';
import type { Dimension } from '../tables/waves';
import type { AnswerCount, GroupCount, RespondentCount } from '../../server/domain/results/counts';

export type { AnswerCount, GroupCount, RespondentCount };

/** The response column holding a dimension; a fixed map, so no caller text ever reaches SQL. */
const GROUP_COLUMN: Record<Dimension, 'bg_landsdel' | 'bg_huvudgrupp' | 'bg_kommungrupp' | 'bg_lan' | 'bg_storleksklass' | 'bg_band' | 'bg_rss'> = {
  landsdel: 'bg_landsdel', huvudgrupp: 'bg_huvudgrupp', kommungrupp: 'bg_kommungrupp', lan: 'bg_lan', storleksklass: 'bg_storleksklass',
  band: 'bg_band', rss: 'bg_rss',
};


const groupExpr = (dimension: Dimension | null) => (dimension ? sql.ref(`r.${GROUP_COLUMN[dimension]}`) : sql`null`);

/** Every answer of a wave counted by question, row, code and number (and group), in one pass over the answers. */
export async function countAnswers(db: Kysely<DB>, waveId: number, dimension: Dimension | null): Promise<AnswerCount[]> {
  const group = groupExpr(dimension);
  let q = db.selectFrom('answers as a');
  if (dimension) q = q.innerJoin('responses as r', 'r.id', 'a.response_id');
  const rows = await q
    .select(['a.question_key', 'a.item', 'a.code', 'a.num', sql<string | null>`${group}`.as('grp'), countAll().as('n')])
    .where('a.wave_id', '=', waveId)
    .groupBy(['a.question_key', 'a.item', 'a.code', 'a.num', ...(dimension ? [sql`${group}`] : [])])
    .execute();
  return rows.map((r) => ({ questionKey: r.question_key, item: r.item, code: r.code, num: r.num === null ? null : Number(r.num), group: r.grp, count: Number(r.n) }));
}

/** Respondents per question (multiple choice: one response has several rows, so count distinct responses). */
export async function countRespondents(db: Kysely<DB>, waveId: number, questionKeys: string[], dimension: Dimension | null): Promise<RespondentCount[]> {
  if (questionKeys.length === 0) return [];
  const group = groupExpr(dimension);
  let q = db.selectFrom('answers as a');
  if (dimension) q = q.innerJoin('responses as r', 'r.id', 'a.response_id');
  const rows = await q
    .select(['a.question_key', 'a.item', sql<string | null>`${group}`.as('grp'), sql<number>`cast(count(distinct a.response_id) as integer)`.as('n')])
    .where('a.wave_id', '=', waveId).where('a.question_key', 'in', questionKeys)
    .groupBy(['a.question_key', 'a.item', ...(dimension ? [sql`${group}`] : [])])
    .execute();
  return rows.map((r) => ({ questionKey: r.question_key, item: r.item, group: r.grp, n: Number(r.n) }));
}

/** Responses of a wave per group of a dimension (or all together). */
export async function countResponsesByGroup(db: Kysely<DB>, waveId: number, dimension: Dimension | null): Promise<GroupCount[]> {
  const group = dimension ? sql.ref(GROUP_COLUMN[dimension]) : sql`null`;
  const rows = await db.selectFrom('responses').select([sql<string | null>`${group}`.as('grp'), countAll().as('n')])
    .where('wave_id', '=', waveId).$if(dimension !== null, (b) => b.groupBy(sql`${group}`)).execute();
  return rows.map((r) => ({ group: r.grp, n: Number(r.n) }));
}
