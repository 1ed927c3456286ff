import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { ContactRole } from '../../../db/tables/panel';
import { writeAudit } from '../../../db/repositories/audit-log';
import {
  endContact, findActiveContact, findActiveContactByEmail, insertContact, updateContactDetails,
} from '../../../db/repositories/contacts';
import type { ContactInput } from '../../inputs/panel/contact';
import type { Refusal, Stamp } from './types';

export const EMAIL_TAKEN = 'E-postadressen används redan av en annan aktiv kontaktperson';

/** The address is free unless another active contact (not `exceptId`) holds it. */
async function emailRefusal(trx: Kysely<DB>, email: string, exceptId?: number): Promise<Refusal | null> {
  const holder = await findActiveContactByEmail(trx, email);
  return holder && holder.id !== exceptId ? { ok: false, field: 'email', message: EMAIL_TAKEN } : null;
}

/**
 * Makes `data` the member's active contact in `role`. A current one is ended today and kept as history
 * (valid_to), never overwritten. Runs inside the caller's transaction.
 */
export async function setContactIn(trx: Kysely<DB>, memberId: number, role: ContactRole, data: ContactInput, s: Stamp): Promise<{ ok: true; id: number } | Refusal> {
  const current = await findActiveContact(trx, memberId, role);
  const refusal = await emailRefusal(trx, data.email, current?.id);
  if (refusal) return refusal;
  if (current) await endContact(trx, current.id, s.today);
  const id = await insertContact(trx, { memberId, role, ...data, validFrom: s.today });
  const details = { role, ...(current ? { replaces: current.id } : {}), ...(s.via ? { via: s.via } : {}) };
  await writeAudit(trx, { actor: s.actor, action: current ? 'panel.contact.replace' : 'panel.contact.add', objectType: 'contact', objectId: id, details }, s.now);
  return { ok: true, id };
}

/** Corrects the details of the same person (a typo, a new phone number). A new address clears the bounce flag. */
export async function correctContactIn(trx: Kysely<DB>, contact: { id: number } & ContactInput, data: ContactInput, s: Stamp): Promise<{ ok: true } | Refusal> {
  const refusal = await emailRefusal(trx, data.email, contact.id);
  if (refusal) return refusal;
  const emailChanged = data.email !== contact.email;
  await updateContactDetails(trx, contact.id, { ...data, ...(emailChanged ? { bounced: 0 } : {}) });
  const fields = (Object.keys(data) as (keyof ContactInput)[]).filter((f) => data[f] !== contact[f]);
  const details = { fields, ...(s.via ? { via: s.via } : {}) };
  await writeAudit(trx, { actor: s.actor, action: 'panel.contact.update', objectType: 'contact', objectId: contact.id, details }, s.now);
  return { ok: true };
}

export async function endContactIn(trx: Kysely<DB>, contactId: number, s: Stamp): Promise<void> {
  await endContact(trx, contactId, s.today);
  await writeAudit(trx, { actor: s.actor, action: 'panel.contact.end', objectType: 'contact', objectId: contactId }, s.now);
}
