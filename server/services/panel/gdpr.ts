import type { Kysely } from 'kysely';
import type { AppDeps } from '../../deps';
import type { DB } from '../../../db/schema';
import { writeAudit } from '../../../db/repositories/audit-log';
import {
  anonymiseRegistrationsByEmail, eraseContactRows, listAuditAboutContacts, listContactRowsByEmail, listInvitationsOfContacts,
  listMailToPerson, listMeetingRegistrationsByEmail, removeFromMeetingLists, scrubMail,
} from '../../../db/repositories/contacts-gdpr';
import { findContact } from '../../../db/repositories/contacts';
import { discardImportsMentioning } from '../../../db/repositories/panel-imports';
import { timeOf } from './types';
import type { Actor } from '../../domain/actor';

/** The person behind a contact row: every row with the same address, and the mail to them. */
async function personOf(db: Kysely<DB>, contactId: number) {
  const contact = await findContact(db, contactId);
  if (!contact || contact.erased) return null;
  const rows = await listContactRowsByEmail(db, contact.email);
  const ids = rows.map((r) => r.id);
  return { contact, rows, ids, mail: await listMailToPerson(db, ids, contact.email) };
}

/** Everything stored about one contact person (GDPR art. 15), as plain data for a JSON file. Audit-logged. */
export async function exportContactData(deps: AppDeps, actor: Actor | null, contactId: number) {
  const { now } = timeOf(deps);
  return deps.db.transaction().execute(async (trx) => {
    const person = await personOf(trx, contactId);
    if (!person) return null;
    const data = {
      exportedAt: now,
      about: 'Uppgifter om en kontaktperson i Äldreomsorgspanelens register. Svar på enkäter är anonyma och kan inte kopplas till en person, så de finns inte med.',
      contactRecords: person.rows.map((r) => ({
        id: r.id, municipality: r.municipality_name, kommunkod: r.kommunkod, role: r.role, name: r.name, title: r.title,
        email: r.email, phone: r.phone, validFrom: r.valid_from, validTo: r.valid_to, unsubscribed: r.unsubscribed === 1, bounced: r.bounced === 1,
      })),
      mail: person.mail.map((m) => ({
        subject: m.subject, category: m.category, to: m.to_address, toName: m.to_name, status: m.status, createdAt: m.created_at, sentAt: m.sent_at, text: m.text,
      })),
      invitations: (await listInvitationsOfContacts(trx, person.ids)).map((i) => ({ survey: i.title, sentAt: i.sent_at })),
      meetingRegistrations: (await listMeetingRegistrationsByEmail(trx, person.contact.email)).map((r) => ({
        meeting: r.title, startsAt: r.starts_at, name: r.name, email: r.email, organisation: r.organisation, role: r.role,
        needs: r.needs, status: r.status, attended: r.attended === 1, registeredAt: r.created_at,
      })),
      changes: (await listAuditAboutContacts(trx, person.ids)).map((a) => ({ at: a.at, action: a.action })),
    };
    await writeAudit(trx, { actor, action: 'panel.contact.gdpr_export', objectType: 'contact', objectId: contactId }, now);
    return data;
  });
}

/** What erasure will touch, for the confirmation page. */
export async function erasurePreview(deps: AppDeps, contactId: number) {
  const person = await personOf(deps.db, contactId);
  return person && { contact: person.contact, rows: person.rows.length, mail: person.mail.length };
}

/**
 * GDPR erasure (art. 17): every contact row with the person's address is pseudonymised and ended, mail to
 * them is scrubbed (and cancelled if not sent), pending import dry runs naming them are discarded, their meeting
 * registrations anonymised and the address taken out of meetings' invitation lists. The audit entry names only
 * the contact id.
 */
export async function eraseContact(deps: AppDeps, actor: Actor | null, contactId: number): Promise<boolean> {
  const { now, today } = timeOf(deps);
  return deps.db.transaction().execute(async (trx) => {
    const person = await personOf(trx, contactId);
    if (!person) return false;
    await scrubMail(trx, person.mail.map((m) => m.id), `raderad-${contactId}@raderad.invalid`);
    await discardImportsMentioning(trx, person.contact.email);
    const registrations = await anonymiseRegistrationsByEmail(trx, person.contact.email, now);
    const meetingLists = await removeFromMeetingLists(trx, person.contact.email);
    await eraseContactRows(trx, person.ids, today);
    const details = { contactRows: person.ids.length, mail: person.mail.length, meetingRegistrations: registrations, meetingLists };
    await writeAudit(trx, { actor, action: 'panel.contact.erase', objectType: 'contact', objectId: contactId, details }, now);
    return true;
  });
}
