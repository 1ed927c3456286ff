import { KOMMUNGRUPPER, populationClass } from '../../domain/municipalities';
import type { ContactsTable, MemberStatus } from '../../../db/tables/panel';
import type { MunicipalitiesTable } from '../../../db/tables/foundation';
import { CHANGE_LABEL, contactFlags, ROLE_SLUG, ROLE_TITLE, STATUS_LABEL, STATUS_TAG } from './labels';
import { ALLOWED_CHANGES } from '../../domain/panel/membership';

type Contact = Omit<ContactsTable, 'id' | 'unsubscribed' | 'bounced' | 'erased'> & { id: number; unsubscribed: number; bounced: number; erased: number };
interface Member { status: MemberStatus; joined_on: string; left_on: string | null; status_reason: string | null }
interface Period { status: MemberStatus; from_date: string; to_date: string | null; reason: string | null }

export function municipalityFacts(m: MunicipalitiesTable) {
  const grupp = KOMMUNGRUPPER[m.kommungrupp as keyof typeof KOMMUNGRUPPER];
  return [
    { label: 'Kommunkod', value: m.kommunkod },
    { label: 'Län', value: m.lan },
    { label: 'Landsdel', value: m.landsdel },
    { label: 'Kommungrupp', value: `${m.kommungrupp}. ${grupp?.name ?? ''}` },
    { label: 'Folkmängd', value: `${new Intl.NumberFormat('sv-SE').format(m.population)} (${populationClass(m.population).label})` },
  ];
}

export function contactView(c: Contact) {
  return {
    id: c.id, role: ROLE_TITLE[c.role], name: c.name, title: c.title ?? '', email: c.erased ? '' : c.email, phone: c.phone ?? '',
    validFrom: c.valid_from, validTo: c.valid_to ?? '', flags: contactFlags(c), active: !c.valid_to && !c.erased,
  };
}

/** The two roles' current contacts, each with the link to add or replace one. */
export function currentContacts(active: Contact[]) {
  return (['primary', 'deputy'] as const).map((role) => {
    const c = active.find((x) => x.role === role);
    return { role, title: ROLE_TITLE[role], slug: ROLE_SLUG[role], contact: c ? contactView(c) : null };
  });
}

export function memberView(member: Member | undefined, periods: Period[]) {
  const status = member?.status ?? null;
  return {
    status: status ? { text: STATUS_LABEL[status], tag: STATUS_TAG[status] } : { text: 'Inte med i panelen', tag: 'tag--grey' },
    joinedOn: member?.joined_on ?? null, reason: member?.status_reason ?? null,
    changes: ALLOWED_CHANGES[status ?? 'none'].map((c) => ({ value: c, label: CHANGE_LABEL[c] })),
    periods: periods.map((p) => ({ status: STATUS_LABEL[p.status], from: p.from_date, to: p.to_date ?? 'pågår', reason: p.reason ?? '' })),
  };
}
