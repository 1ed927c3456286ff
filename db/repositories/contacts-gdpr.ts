import { sql, type Kysely } from 'kysely';
import type { DB } from '../schema';

// What the register holds about one person (found by contact id and e-mail address), for GDPR access and erasure.

/** Every contact row (any member, any time) with this address that is not erased yet: the same person. */
export async function listContactRowsByEmail(db: Kysely<DB>, email: string) {
  return db.selectFrom('contacts as c').innerJoin('panel_members as pm', 'pm.id', 'c.member_id')
    .innerJoin('municipalities as m', 'm.kommunkod', 'pm.kommunkod')
    .selectAll('c').select(['pm.kommunkod', 'm.name as municipality_name'])
    .where('c.email', '=', email).where('c.erased', '=', 0).orderBy('c.id').execute();
}

/** Mail queued or sent to the person: linked by contact id, or sent to the address. */
export async function listMailToPerson(db: Kysely<DB>, contactIds: number[], email: string) {
  return db.selectFrom('outbox').selectAll()
    .where((eb) => eb.or([eb('contact_id', 'in', contactIds), eb(sql`lower(to_address)`, '=', email)]))
    .orderBy('id').execute();
}

/** Mail not sent yet is cancelled; the address, name, bodies, headers and attachments are replaced. */
export async function scrubMail(db: Kysely<DB>, ids: number[], pseudonym: string): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('outbox').set({ status: 'cancelled', lease_holder: null, lease_until: null })
    .where('id', 'in', ids).where('status', 'in', ['queued', 'sending']).execute();
  await db.updateTable('outbox').set({
    to_address: pseudonym, to_name: null, html: '[raderat]', text: '[raderat]', headers: null, attachments: null, last_error: null,
  }).where('id', 'in', ids).execute();
}

export async function listInvitationsOfContacts(db: Kysely<DB>, contactIds: number[]) {
  return db.selectFrom('invitations as i').innerJoin('waves as w', 'w.id', 'i.wave_id')
    .select(['w.title', 'i.sent_at']).where('i.contact_id', 'in', contactIds).orderBy('i.id').execute();
}

export async function listAuditAboutContacts(db: Kysely<DB>, contactIds: number[]) {
  return db.selectFrom('audit_log').select(['at', 'action']).where('object_type', '=', 'contact')
    .where('object_id', 'in', contactIds.map(String)).orderBy('id').execute();
}

export const ERASED_NAME = 'Raderad kontaktperson';

/** Only that a contact existed is kept: role, member and the dates. The row itself stays (invitations point to it). */
export async function eraseContactRows(db: Kysely<DB>, ids: number[], today: string): Promise<void> {
  for (const id of ids) {
    await db.updateTable('contacts').set({
      name: ERASED_NAME, title: null, phone: null, email: `raderad-${id}@raderad.invalid`, erased: 1, unsubscribed: 0, bounced: 0,
      valid_to: sql<string>`coalesce(valid_to, ${today})`,
    }).where('id', '=', id).execute();
  }
}

/** Meeting registrations made with the address (meetings are the other place the register's people appear). */
export async function listMeetingRegistrationsByEmail(db: Kysely<DB>, email: string) {
  return db.selectFrom('meeting_registrations as r').innerJoin('meetings as m', 'm.id', 'r.meeting_id')
    .select(['m.title', 'm.starts_at', 'r.name', 'r.email', 'r.organisation', 'r.role', 'r.needs', 'r.status', 'r.attended', 'r.created_at'])
    .where('r.email', '=', email).orderBy('r.id').execute();
}

/** Like meeting retention, for one person: status, attendance and municipality stay, so the counts do not change. */
export async function anonymiseRegistrationsByEmail(db: Kysely<DB>, email: string, now: string): Promise<number> {
  const res = await db.updateTable('meeting_registrations')
    .set({ name: 'Raderad', email: null, organisation: null, role: null, needs: null, anonymised_at: now, updated_at: now })
    .where('email', '=', email).executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** Takes the address out of meetings' pasted invitation lists (one address a line). */
export async function removeFromMeetingLists(db: Kysely<DB>, email: string): Promise<number> {
  const meetings = await db.selectFrom('meetings').select(['id', 'recipient_emails']).where('recipient_emails', 'is not', null).execute();
  let changed = 0;
  for (const m of meetings) {
    const lines = (m.recipient_emails ?? '').split(/\r?\n/);
    const kept = lines.filter((l) => l.trim().toLowerCase() !== email);
    if (kept.length === lines.length) continue;
    await db.updateTable('meetings').set({ recipient_emails: kept.join('\n') }).where('id', '=', m.id).execute();
    changed++;
  }
  return changed;
}
