import type { Kysely } from 'kysely';
import type { DB } from '../schema';
import type { MemberStatus } from '../tables/panel';
import { countAll } from '../sql';

export async function findMemberByKommunkod(db: Kysely<DB>, kommunkod: string) {
  return db.selectFrom('panel_members').selectAll().where('kommunkod', '=', kommunkod).executeTakeFirst();
}

export async function listMembers(db: Kysely<DB>) {
  return db.selectFrom('panel_members').selectAll().orderBy('kommunkod').execute();
}

export async function insertMember(db: Kysely<DB>, m: { kommunkod: string; joinedOn: string; reason: string | null; now: string }): Promise<number> {
  const row = await db.insertInto('panel_members').values({
    kommunkod: m.kommunkod, status: 'active', joined_on: m.joinedOn, left_on: null, status_reason: m.reason, created_at: m.now,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** The member row mirrors the open period; `joined_on`/`left_on` describe the latest membership. */
export async function setMemberStatus(db: Kysely<DB>, id: number, patch: { status: MemberStatus; reason: string | null; joinedOn?: string; leftOn?: string | null }): Promise<void> {
  await db.updateTable('panel_members').set({
    status: patch.status, status_reason: patch.reason,
    ...(patch.joinedOn ? { joined_on: patch.joinedOn } : {}),
    ...(patch.leftOn !== undefined ? { left_on: patch.leftOn } : {}),
  }).where('id', '=', id).execute();
}

export async function listPeriods(db: Kysely<DB>, memberId: number) {
  return db.selectFrom('panel_membership_periods').selectAll().where('member_id', '=', memberId)
    .orderBy('from_date', 'desc').orderBy('id', 'desc').execute();
}

export async function findOpenPeriod(db: Kysely<DB>, memberId: number) {
  return db.selectFrom('panel_membership_periods').selectAll().where('member_id', '=', memberId)
    .where('to_date', 'is', null).orderBy('id', 'desc').executeTakeFirst();
}

/** Closes the open period (if any) and opens a new one from `fromDate`. History rows are never deleted. */
export async function startPeriod(db: Kysely<DB>, p: { memberId: number; status: MemberStatus; fromDate: string; reason: string | null; now: string }): Promise<void> {
  await db.updateTable('panel_membership_periods').set({ to_date: p.fromDate })
    .where('member_id', '=', p.memberId).where('to_date', 'is', null).execute();
  await db.insertInto('panel_membership_periods').values({
    member_id: p.memberId, status: p.status, from_date: p.fromDate, to_date: null, reason: p.reason, created_at: p.now,
  }).execute();
}

export async function countMembersByStatus(db: Kysely<DB>): Promise<Record<MemberStatus, number>> {
  const rows = await db.selectFrom('panel_members').select(['status', countAll().as('n')]).groupBy('status').execute();
  const counts: Record<MemberStatus, number> = { active: 0, paused: 0, left: 0 };
  for (const r of rows) counts[r.status] = Number(r.n);
  return counts;
}

/** Active members without a usable primary contact: none at all, or one whose mail bounces or who unsubscribed.
 *  (An erased contact is ended at erasure, so its member has no active primary contact.) */
export async function listMembersNeedingAttention(db: Kysely<DB>) {
  return db.selectFrom('panel_members as pm')
    .innerJoin('municipalities as m', 'm.kommunkod', 'pm.kommunkod')
    .leftJoin('contacts as c', (j) => j.onRef('c.member_id', '=', 'pm.id')
      .on('c.role', '=', 'primary').on('c.valid_to', 'is', null).on('c.erased', '=', 0))
    .select(['pm.id as memberId', 'm.kommunkod', 'm.name', 'm.lan', 'c.id as contactId', 'c.name as contactName', 'c.bounced', 'c.unsubscribed'])
    .where('pm.status', '=', 'active')
    .where((eb) => eb.or([eb('c.id', 'is', null), eb('c.bounced', '=', 1), eb('c.unsubscribed', '=', 1)]))
    .orderBy('m.name').execute();
}
