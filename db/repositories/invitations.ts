import { sql, type Kysely } from 'kysely';
import type { DB } from '../schema';
import { affectedRows, precompiled } from '../precompiled';
import { countAll } from '../sql';

export async function insertInvitation(db: Kysely<DB>, i: { waveId: number; contactId: number; kommunkod: string; sentAt: string }): Promise<number> {
  const row = await db.insertInto('invitations')
    .values({ wave_id: i.waveId, contact_id: i.contactId, kommunkod: i.kommunkod, sent_at: i.sentAt })
    .returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Only a keyed hash of a mailed link's token is ever stored. */
export async function insertInvitationToken(db: Kysely<DB>, tokenHash: string, invitationId: number): Promise<void> {
  await db.insertInto('invitation_tokens').values({ token_hash: tokenHash, invitation_id: invitationId }).execute();
}

export async function findInvitationIdByTokenHash(db: Kysely<DB>, tokenHash: string): Promise<number | undefined> {
  const row = await db.selectFrom('invitation_tokens').select('invitation_id').where('token_hash', '=', tokenHash).executeTakeFirst();
  return row?.invitation_id;
}

/** A link mailed before keyed hashes: its row is stored anew under the keyed hash the first time it is opened. */
export async function rehashInvitationToken(db: Kysely<DB>, legacyHash: string, keyedHash: string): Promise<void> {
  await db.updateTable('invitation_tokens').set({ token_hash: keyedHash }).where('token_hash', '=', legacyHash).execute();
}

function respondentInvitations(db: Kysely<DB>) {
  return db.selectFrom('invitations as i').innerJoin('waves as w', 'w.id', 'i.wave_id')
    .innerJoin('municipalities as m', 'm.kommunkod', 'i.kommunkod')
    .leftJoin('drafts as d', 'd.invitation_id', 'i.id')
    .select(['i.id', 'i.wave_id', 'i.opened', 'i.completed', 'w.status', 'w.opens_at', 'w.closes_at', 'w.survey_version_id',
      'w.dimensions', 'w.ballot_public_key', 'w.register_band', 'i.kommunkod', 'm.landsdel', 'm.huvudgrupp', 'm.kommungrupp', 'm.lan', 'm.population',
      'd.answers as draft_answers', 'd.page_key as draft_page_key']);
}

const byId = precompiled(1, (db, invitationId: number) => respondentInvitations(db).where('i.id', '=', invitationId));
const byTokenHash = precompiled(1, (db, tokenHash: string) => respondentInvitations(db)
  .innerJoin('invitation_tokens as t', 't.invitation_id', 'i.id').where('t.token_hash', '=', tokenHash));

/** One read for every respondent request (built once: db/precompiled.ts): the invitation, its wave, its
 *  municipality's coarse attributes and its sealed draft (null columns when there is none). */
export async function findRespondentInvitation(db: Kysely<DB>, invitationId: number) {
  return (await byId(db, invitationId)).rows[0];
}

/** The same single read, found by the keyed hash of an answer session's token (undefined: no such link). */
export async function findRespondentInvitationByTokenHash(db: Kysely<DB>, tokenHash: string) {
  return (await byTokenHash(db, tokenHash)).rows[0];
}

export type RespondentInvitationRow = NonNullable<Awaited<ReturnType<typeof findRespondentInvitation>>>;

const markOpened = precompiled(1, (db, invitationId: number) =>
  db.updateTable('invitations').set({ opened: 1 }).where('id', '=', invitationId).where('opened', '=', 0));

/** Set once; opening the form again writes nothing. */
export async function markInvitationOpened(db: Kysely<DB>, invitationId: number): Promise<void> {
  await markOpened(db, invitationId);
}

const markCompleted = precompiled(1, (db, invitationId: number) => db.updateTable('invitations').set({ completed: 1 })
  .where('id', '=', invitationId).where('completed', '=', 0)
  .where('wave_id', 'in', db.selectFrom('waves').select('id').where('status', '=', 'open')));

/** The conditional update that lets one submit win: only while not completed and while the wave is still open
 *  (checked in the same statement, so a submit that loses the race with the close job adds no late ballot). */
export async function markInvitationCompleted(db: Kysely<DB>, invitationId: number): Promise<boolean> {
  return affectedRows(await markCompleted(db, invitationId)) === 1;
}

/** Whether the invitation's wave is still open (to tell "already submitted" from "closed meanwhile"). */
export async function invitationWaveIsOpen(db: Kysely<DB>, invitationId: number): Promise<boolean> {
  const row = await db.selectFrom('invitations as i').innerJoin('waves as w', 'w.id', 'i.wave_id')
    .select('w.status').where('i.id', '=', invitationId).executeTakeFirst();
  return row?.status === 'open';
}

/** Invitations of the wave still without a submitted answer whose contact may still be mailed, and that have
 *  not had the reminder with this key prefix (`remind:<wave>:<day>:`) queued yet. */
export async function listReminderTargets(db: Kysely<DB>, waveId: number, keyPrefix: string) {
  return db.selectFrom('invitations as i').innerJoin('contacts as c', 'c.id', 'i.contact_id')
    .select(['i.id', 'i.contact_id', 'c.name', 'c.email'])
    .where('i.wave_id', '=', waveId).where('i.completed', '=', 0)
    .where('c.valid_to', 'is', null).where('c.erased', '=', 0).where('c.bounced', '=', 0).where('c.unsubscribed', '=', 0)
    .where(({ not, exists, selectFrom }) => not(exists(
      selectFrom('outbox').select('outbox.id').where('outbox.unique_key', '=', sql<string>`${keyPrefix} || cast(i.id as text)`),
    )))
    .orderBy('i.id').execute();
}

/** Counts a reminder, only while the invitation has no submitted answer. The row lock makes a submit that races
 *  with the reminder run either win (no reminder) or come after it. */
export async function countReminderIfNotCompleted(db: Kysely<DB>, invitationId: number): Promise<boolean> {
  const res = await db.updateTable('invitations').set((eb) => ({ reminders_sent: eb('reminders_sent', '+', 1) }))
    .where('id', '=', invitationId).where('completed', '=', 0).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export interface InvitationCounts { invited: number; opened: number; submitted: number }

export async function invitationCounts(db: Kysely<DB>, waveId: number): Promise<InvitationCounts> {
  const row = await db.selectFrom('invitations')
    .select([countAll().as('invited'), sql<number>`cast(coalesce(sum(opened), 0) as integer)`.as('opened'),
      sql<number>`cast(coalesce(sum(completed), 0) as integer)`.as('submitted')])
    .where('wave_id', '=', waveId).executeTakeFirstOrThrow();
  return { invited: Number(row.invited), opened: Number(row.opened), submitted: Number(row.submitted) };
}

/** Which waves a municipality (kommunkod) was invited to, for its page in the panel — waves only, never
 *  whether or what it answered. */
export async function listInvitedWavesForMunicipality(db: Kysely<DB>, municipalityId: string) {
  return db.selectFrom('invitations as i').innerJoin('waves as w', 'w.id', 'i.wave_id')
    .select(['w.id', 'w.title', 'w.status', 'w.opens_at', 'w.closes_at', 'i.sent_at'])
    .where('i.kommunkod', '=', municipalityId).orderBy('w.opens_at', 'desc').orderBy('w.id', 'desc').execute();
}

/** From the unsubscribe page: the contact gets no more panel mail (waves, reminders). Kept here beside the
 *  other recipient queries of the waves area; the flag itself is the panel register's. */
export async function markContactUnsubscribed(db: Kysely<DB>, contactId: number): Promise<boolean> {
  const res = await db.updateTable('contacts').set({ unsubscribed: 1 }).where('id', '=', contactId).where('unsubscribed', '=', 0).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
