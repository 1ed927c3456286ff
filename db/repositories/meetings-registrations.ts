import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { DB } from '../schema';
import { countAll } from '../sql';
import type { MeetingRegistrationsTable, RegistrationStatus } from '../tables/meetings';

export type RegistrationRow = Selectable<MeetingRegistrationsTable>;

export async function insertRegistration(db: Kysely<DB>, row: Insertable<MeetingRegistrationsTable>): Promise<number> {
  const r = await db.insertInto('meeting_registrations').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updateRegistration(db: Kysely<DB>, id: number, patch: Updateable<MeetingRegistrationsTable>): Promise<void> {
  await db.updateTable('meeting_registrations').set(patch).where('id', '=', id).execute();
}

export async function findRegistration(db: Kysely<DB>, id: number): Promise<RegistrationRow | undefined> {
  if (!Number.isSafeInteger(id) || id <= 0) return undefined;
  return db.selectFrom('meeting_registrations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findRegistrationByEmail(db: Kysely<DB>, meetingId: number, email: string): Promise<RegistrationRow | undefined> {
  return db.selectFrom('meeting_registrations').selectAll()
    .where('meeting_id', '=', meetingId).where('email', '=', email).executeTakeFirst();
}

export async function countRegistered(db: Kysely<DB>, meetingId: number): Promise<number> {
  const r = await db.selectFrom('meeting_registrations').select(countAll().as('n'))
    .where('meeting_id', '=', meetingId).where('status', '=', 'registered').executeTakeFirstOrThrow();
  return Number(r.n);
}

/** The waitlist in the order people joined it. */
export async function listWaitlisted(db: Kysely<DB>, meetingId: number, limit: number): Promise<RegistrationRow[]> {
  if (limit <= 0) return [];
  return db.selectFrom('meeting_registrations').selectAll()
    .where('meeting_id', '=', meetingId).where('status', '=', 'waitlisted')
    .orderBy('queued_at').orderBy('id').limit(limit).execute();
}

export async function listRegistrationsWithStatus(db: Kysely<DB>, meetingId: number, statuses: RegistrationStatus[]): Promise<RegistrationRow[]> {
  return db.selectFrom('meeting_registrations').selectAll()
    .where('meeting_id', '=', meetingId).where('status', 'in', statuses).orderBy('id').execute();
}

/** Staff list: every registration with its municipality name, waitlist in queue order after the registered. */
export async function listParticipants(db: Kysely<DB>, meetingId: number) {
  return db.selectFrom('meeting_registrations as r')
    .leftJoin('municipalities as m', 'm.kommunkod', 'r.kommunkod')
    .select(['r.id', 'r.name', 'r.email', 'r.kommunkod', 'm.name as municipality', 'r.organisation', 'r.role', 'r.needs',
      'r.status', 'r.attended', 'r.created_at', 'r.queued_at', 'r.anonymised_at'])
    .where('r.meeting_id', '=', meetingId)
    .orderBy('r.status', 'asc').orderBy('r.queued_at').orderBy('r.id').execute();
}

/** Sets attended = 1 for the given registered ids and 0 for the meeting's other registrations. */
export async function setAttendance(db: Kysely<DB>, meetingId: number, attendedIds: number[], now: string): Promise<void> {
  await db.updateTable('meeting_registrations').set({ attended: 0, updated_at: now }).where('meeting_id', '=', meetingId).execute();
  if (attendedIds.length === 0) return;
  await db.updateTable('meeting_registrations').set({ attended: 1, updated_at: now })
    .where('meeting_id', '=', meetingId).where('status', '=', 'registered').where('id', 'in', attendedIds).execute();
}
