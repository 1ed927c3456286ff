import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { DialectName } from '../database';
import type { DB } from '../schema';
import type { MeetingsTable } from '../tables/meetings';

export type MeetingRow = Selectable<MeetingsTable>;

export async function insertMeeting(db: Kysely<DB>, row: Insertable<MeetingsTable>): Promise<number> {
  const r = await db.insertInto('meetings').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updateMeeting(db: Kysely<DB>, id: number, patch: Updateable<MeetingsTable>): Promise<void> {
  await db.updateTable('meetings').set(patch).where('id', '=', id).execute();
}

export async function findMeeting(db: Kysely<DB>, id: number): Promise<MeetingRow | undefined> {
  if (!Number.isSafeInteger(id) || id <= 0) return undefined;
  return db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Reads the meeting inside a write transaction so that registrations for it queue up one at a time:
 *  Postgres locks the row (FOR UPDATE); SQLite already holds the database's single write lock (BEGIN IMMEDIATE). */
export async function lockMeeting(trx: Kysely<DB>, dialect: DialectName, id: number): Promise<MeetingRow | undefined> {
  const q = trx.selectFrom('meetings').selectAll().where('id', '=', id);
  return (dialect === 'postgres' ? q.forUpdate() : q).executeTakeFirst();
}

export async function listMeetings(db: Kysely<DB>): Promise<MeetingRow[]> {
  return db.selectFrom('meetings').selectAll().orderBy('starts_at', 'desc').execute();
}

/** Open public meetings that have not ended, soonest first. */
export async function listPublicMeetings(db: Kysely<DB>, now: Date): Promise<MeetingRow[]> {
  return db.selectFrom('meetings').selectAll()
    .where('audience', '=', 'public').where('status', '=', 'planned').where('ends_at', '>', now.toISOString())
    .orderBy('starts_at').execute();
}

export async function setMeetingLagesbilder(db: Kysely<DB>, meetingId: number, ids: number[]): Promise<void> {
  await db.deleteFrom('meeting_lagesbilder').where('meeting_id', '=', meetingId).execute();
  if (ids.length) await db.insertInto('meeting_lagesbilder').values(ids.map((lagesbild_id) => ({ meeting_id: meetingId, lagesbild_id }))).execute();
}

export async function listMeetingLagesbilder(db: Kysely<DB>, meetingId: number): Promise<number[]> {
  const rows = await db.selectFrom('meeting_lagesbilder').select('lagesbild_id').where('meeting_id', '=', meetingId).orderBy('lagesbild_id').execute();
  return rows.map((r) => r.lagesbild_id);
}
