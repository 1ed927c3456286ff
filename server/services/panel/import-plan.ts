import { createMunicipalityMatcher, type MunicipalityRef } from '../../domain/municipality-match';
import type { ContactRole, MemberStatus } from '../../../db/tables/panel';
import type { ImportInputRow } from './import-read';
import { parseImportRow, ROLE_LABEL, type ParsedRow } from './import-row';

export type ImportStatus = 'new' | 'changed' | 'unchanged' | 'error';
export type ImportAction =
  | { kind: 'none' }
  | { kind: 'add' }
  | { kind: 'replace'; contactId: number }
  | { kind: 'update'; contactId: number };

export interface PlannedRow {
  line: number; input: ImportInputRow; status: ImportStatus;
  /** Why a row is an error, or what applying it will do. */
  reasons: string[];
  row: ParsedRow | null; municipalityName: string | null;
  /** Add the municipality to the panel (or back into it) before the contact. */
  join: boolean; action: ImportAction;
}

export interface ActiveContact { id: number; kommunkod: string; role: ContactRole; name: string; title: string | null; email: string; phone: string | null }
export interface RegisterSnapshot {
  municipalities: readonly MunicipalityRef[];
  members: ReadonlyMap<string, MemberStatus>;
  activeContacts: readonly ActiveContact[];
}

const FIELD_LABEL = { name: 'namn', title: 'titel', phone: 'telefon' } as const;

/** Every row of a file against the register: new, changed, unchanged or an error with its reasons. Pure. */
export function planImport(rows: readonly ImportInputRow[], register: RegisterSnapshot): PlannedRow[] {
  const matcher = createMunicipalityMatcher(register.municipalities);
  const nameOf = new Map(register.municipalities.map((m) => [m.kommunkod, m.name]));
  const byEmail = new Map(register.activeContacts.map((c) => [c.email, c]));
  const byPlace = new Map(register.activeContacts.map((c) => [`${c.kommunkod}:${c.role}`, c]));
  const seenPlace = new Map<string, number>();
  const seenEmail = new Map<string, number>();
  const joinedInFile = new Set<string>();

  return rows.map((input): PlannedRow => {
    const base = { line: input.line, input, row: null, municipalityName: null, join: false, action: { kind: 'none' } as ImportAction };
    const parsed = parseImportRow(input, matcher);
    if (!parsed.ok) return { ...base, status: 'error', reasons: parsed.reasons };
    const row = parsed.row;
    const municipalityName = nameOf.get(row.kommunkod)!;
    const place = `${row.kommunkod}:${row.role}`;
    const error = (reason: string): PlannedRow => ({ ...base, row, municipalityName, status: 'error', reasons: [reason] });
    const earlierPlace = seenPlace.get(place);
    const earlierEmail = seenEmail.get(row.email);
    seenPlace.set(place, earlierPlace ?? input.line);
    seenEmail.set(row.email, earlierEmail ?? input.line);
    if (earlierPlace !== undefined) return error(`Dubblett: rad ${earlierPlace} gäller redan ${ROLE_LABEL[row.role]} i ${municipalityName}.`);
    if (earlierEmail !== undefined) return error(`Dubblett: e-postadressen finns redan på rad ${earlierEmail}.`);
    const holder = byEmail.get(row.email);
    if (holder && holder.kommunkod !== row.kommunkod) return error(`E-postadressen används redan av en kontaktperson för ${nameOf.get(holder.kommunkod)}.`);
    if (holder && holder.role !== row.role) return error(`E-postadressen används redan av ${ROLE_LABEL[holder.role]} i samma kommun.`);

    const status = register.members.get(row.kommunkod);
    const join = (status === undefined || status === 'left') && !joinedInFile.has(row.kommunkod);
    const reasons = [...parsed.notices];
    if (join) reasons.push(status === undefined ? 'Kommunen läggs till i panelen.' : 'Kommunen går med i panelen igen.');
    if (status === 'paused') reasons.push('Kommunen är pausad i panelen. Statusen ändras inte.');
    const current = byPlace.get(place);
    const planned = (s: ImportStatus, action: ImportAction, text?: string): PlannedRow => {
      if (join) joinedInFile.add(row.kommunkod);
      return { ...base, row, municipalityName, join, action, status: s, reasons: text ? [...reasons, text] : reasons };
    };
    if (!current || current.email !== row.email) {
      if (!row.name) return error(`Namn saknas för den nya ${ROLE_LABEL[row.role]}.`);
      if (!current) return planned(status === undefined ? 'new' : join ? 'changed' : 'new', { kind: 'add' }, `${row.name} blir ${ROLE_LABEL[row.role]}.`);
      return planned('changed', { kind: 'replace', contactId: current.id }, `${row.name} ersätter ${current.name} som ${ROLE_LABEL[row.role]}. ${current.name} sparas i historiken.`);
    }
    const changed = (['name', 'title', 'phone'] as const).filter((f) => row[f] !== null && row[f] !== current[f]);
    if (changed.length > 0) return planned('changed', { kind: 'update', contactId: current.id }, `Ändrar ${changed.map((f) => FIELD_LABEL[f]).join(', ')} för ${current.name}.`);
    return planned(join ? 'changed' : 'unchanged', { kind: 'none' });
  });
}

export function countStatuses(rows: readonly PlannedRow[]): Record<ImportStatus, number> {
  const counts: Record<ImportStatus, number> = { new: 0, changed: 0, unchanged: 0, error: 0 };
  for (const r of rows) counts[r.status]++;
  return counts;
}
