import { foldedNameKey } from '../../domain/municipality-match/name-keys';
import { HUVUDGRUPPER, KOMMUNGRUPPER, KOMMUNGRUPP_CODES, LANDSDELAR } from '../../domain/municipalities';
import type { MemberStatus } from '../../../db/tables/panel';
import { STATUS_LABEL, STATUS_TAG } from './labels';

type Option = { value: string; label: string };
const all = (label: string): Option => ({ value: '', label });

/** Options for the filter form on /panel/kommuner. */
export function filterOptions(lan: { lanskod: string; lan: string }[]) {
  return {
    lan: [all('Alla län'), ...lan.map((l) => ({ value: l.lanskod, label: l.lan }))],
    landsdel: [all('Alla landsdelar'), ...LANDSDELAR.map((l) => ({ value: l, label: l }))],
    grupp: [
      all('Alla kommungrupper'),
      ...Object.entries(HUVUDGRUPPER).map(([k, name]) => ({ value: k, label: `${k}. ${name} (hela gruppen)` })),
      ...KOMMUNGRUPP_CODES.map((k) => ({ value: k, label: `${k}. ${KOMMUNGRUPPER[k].name}` })),
    ],
    status: [
      all('Alla kommuner'),
      { value: 'i-panelen', label: 'I panelen (aktiva och pausade)' },
      { value: 'aktiv', label: 'Aktiva' },
      { value: 'pausad', label: 'Pausade' },
      { value: 'lamnat', label: 'Har lämnat panelen' },
      { value: 'inte-med', label: 'Inte med i panelen' },
    ],
  };
}

interface Row { kommunkod: string; name: string; lan: string; landsdel: string; kommungrupp: string; population: number; status: MemberStatus | null }

/** Search by code (its start) or name (anywhere, å/ä/ö optional: "ostersund" finds Östersund). */
export function matchesSearch(row: { kommunkod: string; name: string }, q: string | undefined): boolean {
  const term = q?.trim();
  if (!term) return true;
  if (/^\d+$/.test(term)) return row.kommunkod.startsWith(term.padStart(term.length === 3 ? 4 : term.length, '0'));
  return foldedNameKey(row.name).includes(foldedNameKey(term));
}

export function municipalityRows(rows: Row[], q?: string) {
  const sv = new Intl.Collator('sv');
  return rows.filter((r) => matchesSearch(r, q)).sort((a, b) => sv.compare(a.name, b.name)).map((r) => ({
    kommunkod: r.kommunkod, name: r.name, lan: r.lan, landsdel: r.landsdel,
    kommungrupp: `${r.kommungrupp}. ${KOMMUNGRUPPER[r.kommungrupp as keyof typeof KOMMUNGRUPPER]?.name ?? ''}`,
    population: r.population,
    status: r.status ? { text: STATUS_LABEL[r.status], tag: STATUS_TAG[r.status] } : { text: 'Inte med', tag: 'tag--grey' },
  }));
}
