import type { Kysely } from 'kysely';
import type { DB } from '../schema';

export async function insertCancelToken(db: Kysely<DB>, registrationId: number, tokenHash: string, now: string): Promise<void> {
  await db.insertInto('meeting_cancel_tokens').values({ token_hash: tokenHash, registration_id: registrationId, created_at: now }).execute();
}

/** The registration a cancel link belongs to, with what the confirmation page shows of its meeting. */
export async function findByCancelTokenHash(db: Kysely<DB>, tokenHash: string) {
  return db.selectFrom('meeting_cancel_tokens as t')
    .innerJoin('meeting_registrations as r', 'r.id', 't.registration_id')
    .innerJoin('meetings as m', 'm.id', 'r.meeting_id')
    .select(['r.id as registrationId', 'r.status', 'r.meeting_id as meetingId', 'm.title', 'm.starts_at', 'm.ends_at', 'm.status as meetingStatus'])
    .where('t.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function deleteCancelTokensOfMeeting(db: Kysely<DB>, meetingId: number): Promise<void> {
  await db.deleteFrom('meeting_cancel_tokens')
    .where('registration_id', 'in', (eb) => eb.selectFrom('meeting_registrations').select('id').where('meeting_id', '=', meetingId))
    .execute();
}
