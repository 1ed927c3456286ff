import type { Kysely } from 'kysely';
import type { DB } from '../schema';

/** Meetings that ended before `endedBefore` and still hold personal data. */
export async function listMeetingsDueForRetention(db: Kysely<DB>, endedBefore: string, limit = 50): Promise<{ id: number }[]> {
  return db.selectFrom('meetings').select('id')
    .where('ends_at', '<', endedBefore).where('anonymised_at', 'is', null)
    .orderBy('ends_at').limit(limit).execute();
}

/** Replaces the personal data of every registration of a meeting; status, attendance and municipality stay,
 *  so the counts per meeting and per year are unchanged. */
export async function anonymiseRegistrations(db: Kysely<DB>, meetingId: number, now: string): Promise<number> {
  const res = await db.updateTable('meeting_registrations')
    .set({ name: 'Raderad', email: null, organisation: null, role: null, needs: null, anonymised_at: now, updated_at: now })
    .where('meeting_id', '=', meetingId).executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** The meeting's own mails (keys `meeting:<id>:…`): their bodies name people. Sent, failed and still queued ones
 *  (long stale by now) go; only a message being handed to the mail server this moment is left for the next run. */
export async function deleteMeetingMail(db: Kysely<DB>, meetingId: number, now: string): Promise<void> {
  await db.deleteFrom('outbox').where('unique_key', 'like', `meeting:${meetingId}:%`)
    .where((eb) => eb.or([eb('status', '!=', 'sending'), eb('lease_until', '<', now)])).execute();
}
