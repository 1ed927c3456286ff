import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../schema';

export interface RegistrationCounts {
  registered: number; waitlisted: number; cancelled: number; attended: number;
  /** Distinct municipalities among the registered, and among those who attended. */
  municipalities: number; municipalitiesAttended: number;
}

const int = (expr: RawBuilder<unknown>) => sql<number>`cast(${expr} as integer)`;
const REGISTERED = sql`r.status = 'registered'`;
const ATTENDED = sql`r.status = 'registered' and r.attended = 1`;

function countColumns() {
  return [
    int(sql`sum(case when ${REGISTERED} then 1 else 0 end)`).as('registered'),
    int(sql`sum(case when r.status = 'waitlisted' then 1 else 0 end)`).as('waitlisted'),
    int(sql`sum(case when r.status = 'cancelled' then 1 else 0 end)`).as('cancelled'),
    int(sql`sum(case when ${ATTENDED} then 1 else 0 end)`).as('attended'),
    int(sql`count(distinct case when ${REGISTERED} then r.kommunkod end)`).as('municipalities'),
    int(sql`count(distinct case when ${ATTENDED} then r.kommunkod end)`).as('municipalitiesAttended'),
  ] as const;
}

const EMPTY: RegistrationCounts = { registered: 0, waitlisted: 0, cancelled: 0, attended: 0, municipalities: 0, municipalitiesAttended: 0 };

function toCounts(row: Partial<Record<keyof RegistrationCounts, unknown>> | undefined): RegistrationCounts {
  if (!row) return { ...EMPTY };
  const out = { ...EMPTY };
  for (const k of Object.keys(EMPTY) as (keyof RegistrationCounts)[]) out[k] = Number(row[k] ?? 0);
  return out;
}

/** Counts per meeting, in SQL (GROUP BY), keyed by meeting id. */
export async function countsByMeeting(db: Kysely<DB>, meetingIds?: number[]): Promise<Map<number, RegistrationCounts>> {
  if (meetingIds && meetingIds.length === 0) return new Map();
  let q = db.selectFrom('meeting_registrations as r').select(['r.meeting_id', ...countColumns()]).groupBy('r.meeting_id');
  if (meetingIds) q = q.where('r.meeting_id', 'in', meetingIds);
  const rows = await q.execute();
  return new Map(rows.map((r) => [r.meeting_id, toCounts(r)]));
}

export async function countsForMeeting(db: Kysely<DB>, meetingId: number): Promise<RegistrationCounts> {
  return (await countsByMeeting(db, [meetingId])).get(meetingId) ?? { ...EMPTY };
}

export interface YearCounts extends RegistrationCounts { year: number; meetings: number }

/** Per calendar year (Stockholm) over meetings that were held or are planned, not cancelled ones. */
export async function countsByYear(db: Kysely<DB>): Promise<YearCounts[]> {
  const rows = await db.selectFrom('meetings as m')
    .leftJoin('meeting_registrations as r', 'r.meeting_id', 'm.id')
    .select(['m.year', int(sql`count(distinct m.id)`).as('meetings'), ...countColumns()])
    .where('m.status', '=', 'planned')
    .groupBy('m.year').orderBy('m.year', 'desc').execute();
  return rows.map((r) => ({ year: Number(r.year), meetings: Number(r.meetings), ...toCounts(r) }));
}
