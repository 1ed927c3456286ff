import type { ExportCell } from '../../export';
import type { MemberStatus } from '../../../db/tables/panel';
import { STATUS_LABEL } from './labels';

interface Member { kommunkod: string; name: string; lan: string; landsdel: string; kommungrupp: string; population: number; status: MemberStatus | null; joined_on: string | null }
interface Contact { kommunkod: string; role: string; name: string; title: string | null; email: string; phone: string | null; bounced: number; unsubscribed: number }

// The first columns use the import's header names, so an exported file can be edited and imported again.
export const PANEL_EXPORT_HEADERS = [
  'kommunkod', 'kommun', 'namn', 'titel', 'e-post', 'telefon', 'e-post studsar', 'avanmäld',
  'ersättare namn', 'ersättare titel', 'ersättare e-post', 'ersättare telefon',
  'län', 'landsdel', 'kommungrupp', 'folkmängd', 'status', 'med sedan',
];

const yesNo = (v: number | undefined) => (v ? 'ja' : 'nej');

export function panelExportRows(members: Member[], contacts: Contact[]): ExportCell[][] {
  const key = (kod: string, role: string) => `${kod}:${role}`;
  const byKey = new Map(contacts.map((c) => [key(c.kommunkod, c.role), c]));
  return members.map((m) => {
    const p = byKey.get(key(m.kommunkod, 'primary'));
    const d = byKey.get(key(m.kommunkod, 'deputy'));
    return [
      m.kommunkod, m.name, p?.name ?? null, p?.title ?? null, p?.email ?? null, p?.phone ?? null, p ? yesNo(p.bounced) : null, p ? yesNo(p.unsubscribed) : null,
      d?.name ?? null, d?.title ?? null, d?.email ?? null, d?.phone ?? null,
      m.lan, m.landsdel, m.kommungrupp, m.population, m.status ? STATUS_LABEL[m.status] : null, m.joined_on,
    ];
  });
}
