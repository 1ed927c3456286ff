import type { Kysely } from 'kysely';
import type { DB } from '../schema';
import type { ContactRole } from '../tables/panel';

export async function markContactBounced(db: Kysely<DB>, contactId: number): Promise<void> {
  await db.updateTable('contacts').set({ bounced: 1 }).where('id', '=', contactId).execute();
}

export interface RecipientFilter { landsdel?: string[]; huvudgrupp?: string[]; kommungrupp?: string[]; lan?: string[] }
export interface Recipient {
  contactId: number; memberId: number; kommunkod: string; name: string; email: string;
  landsdel: string; huvudgrupp: string; kommungrupp: string; lan: string; population: number;
}

/** The active primary contact of every active member, leaving out bounced, unsubscribed and erased contacts.
 *  What waves and meetings send to. An empty or missing filter list means "no restriction". */
export async function listActiveRecipients(db: Kysely<DB>, filter: RecipientFilter = {}): Promise<Recipient[]> {
  let q = db.selectFrom('contacts as c')
    .innerJoin('panel_members as pm', 'pm.id', 'c.member_id')
    .innerJoin('municipalities as m', 'm.kommunkod', 'pm.kommunkod')
    .select([
      'c.id as contactId', 'pm.id as memberId', 'm.kommunkod', 'c.name', 'c.email',
      'm.landsdel', 'm.huvudgrupp', 'm.kommungrupp', 'm.lan', 'm.population',
    ])
    .where('pm.status', '=', 'active').where('c.role', '=', 'primary').where('c.valid_to', 'is', null)
    .where('c.erased', '=', 0).where('c.bounced', '=', 0).where('c.unsubscribed', '=', 0);
  for (const key of ['landsdel', 'huvudgrupp', 'kommungrupp', 'lan'] as const) {
    const values = filter[key];
    if (values && values.length > 0) q = q.where(`m.${key}`, 'in', values);
  }
  return q.orderBy('m.kommunkod').execute();
}

/** Active = not ended and not erased. At most one per member and role (the service keeps it so). */
export async function listActiveContactsOfMember(db: Kysely<DB>, memberId: number) {
  return db.selectFrom('contacts').selectAll().where('member_id', '=', memberId)
    .where('valid_to', 'is', null).where('erased', '=', 0).orderBy('role').execute();
}

export async function listContactHistoryOfMember(db: Kysely<DB>, memberId: number) {
  return db.selectFrom('contacts').selectAll().where('member_id', '=', memberId)
    .orderBy('valid_from', 'desc').orderBy('id', 'desc').execute();
}

export async function findContact(db: Kysely<DB>, id: number) {
  return db.selectFrom('contacts as c').innerJoin('panel_members as pm', 'pm.id', 'c.member_id')
    .innerJoin('municipalities as m', 'm.kommunkod', 'pm.kommunkod')
    .selectAll('c').select(['pm.kommunkod', 'm.name as municipality_name'])
    .where('c.id', '=', id).executeTakeFirst();
}

export async function findActiveContact(db: Kysely<DB>, memberId: number, role: ContactRole) {
  return db.selectFrom('contacts').selectAll().where('member_id', '=', memberId).where('role', '=', role)
    .where('valid_to', 'is', null).where('erased', '=', 0).executeTakeFirst();
}

/** The active contact (of any member) holding this address, if any. */
export async function findActiveContactByEmail(db: Kysely<DB>, email: string) {
  return db.selectFrom('contacts').selectAll().where('email', '=', email)
    .where('valid_to', 'is', null).where('erased', '=', 0).executeTakeFirst();
}

/** Every active contact with its municipality: the import planner's view of the register. */
export async function listAllActiveContacts(db: Kysely<DB>) {
  return db.selectFrom('contacts as c').innerJoin('panel_members as pm', 'pm.id', 'c.member_id')
    .select(['c.id', 'c.member_id', 'c.role', 'c.name', 'c.title', 'c.email', 'c.phone', 'c.bounced', 'c.unsubscribed', 'pm.kommunkod'])
    .where('c.valid_to', 'is', null).where('c.erased', '=', 0).execute();
}

export interface NewContact { memberId: number; role: ContactRole; name: string; title: string | null; email: string; phone: string | null; validFrom: string }

export async function insertContact(db: Kysely<DB>, c: NewContact): Promise<number> {
  const row = await db.insertInto('contacts').values({
    member_id: c.memberId, role: c.role, name: c.name, title: c.title, email: c.email, phone: c.phone, valid_from: c.validFrom, valid_to: null,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function endContact(db: Kysely<DB>, id: number, validTo: string): Promise<void> {
  await db.updateTable('contacts').set({ valid_to: validTo }).where('id', '=', id).where('valid_to', 'is', null).execute();
}

export async function updateContactDetails(db: Kysely<DB>, id: number, patch: { name: string; title: string | null; email: string; phone: string | null; bounced?: number }): Promise<void> {
  await db.updateTable('contacts').set(patch).where('id', '=', id).execute();
}
