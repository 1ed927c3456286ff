import { normalizeHeaderName, quoted } from './header-names';

/** One field the caller wants; its own name counts as an alias too. */
export type ColumnSpec<F extends string = string> = {
  field: F;
  aliases: readonly string[];
  required?: boolean;
};

type RequiredFields<S extends readonly ColumnSpec[]> = Extract<S[number], { required: true }>['field'];

/** Column position per field: a number for required fields, possibly absent for the rest. */
export type ColumnIndex<S extends readonly ColumnSpec[]> =
  { [F in RequiredFields<S>]: number } & { [F in S[number]['field']]?: number };

export type MapColumnsResult<S extends readonly ColumnSpec[]> =
  | { ok: true; index: ColumnIndex<S>; ignored: string[] }
  | { ok: false; message: string };

export type MapColumnsOptions<F extends string = string> = {
  /** Groups of fields of which at least one must be present, e.g. [['code', 'name']]. */
  requireOneOf?: readonly (readonly F[])[];
};

function labelOf(spec: ColumnSpec): string {
  return quoted(spec.aliases[0] ?? spec.field);
}

function listInSwedish(items: string[], conjunction: 'och' | 'eller'): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/**
 * Header names → column index per field. Matching: see normalizeHeaderName.
 * Unknown columns are ignored and listed; two columns naming the same field
 * or a missing required one is an error that names the columns.
 */
export function mapColumns<const S extends readonly ColumnSpec[]>(
  headers: readonly string[],
  spec: S,
  options: MapColumnsOptions<S[number]['field']> = {},
): MapColumnsResult<S> {
  const index: Record<string, number> = {};
  const used = new Set<number>();
  for (const column of spec) {
    const names = new Set([column.field, ...column.aliases].map(normalizeHeaderName));
    const matches = headers.flatMap((h, i) => (h !== '' && names.has(normalizeHeaderName(h)) ? [i] : []));
    if (matches.length > 1) {
      const found = listInSwedish(matches.map((i) => quoted(headers[i])), 'och');
      return { ok: false, message: `Kolumnerna ${found} betyder samma sak. Ta bort den ena.` };
    }
    if (matches.length === 1) {
      index[column.field] = matches[0];
      used.add(matches[0]);
    }
  }
  const missing = spec.filter((c) => c.required && !(c.field in index)).map((c) => `Kolumnen ${labelOf(c)} saknas.`);
  for (const group of options.requireOneOf ?? []) {
    if (group.some((field) => field in index)) continue;
    const labels = group.map((field) => labelOf(spec.find((c) => c.field === field) ?? { field, aliases: [] }));
    missing.push(`Kolumnen ${listInSwedish(labels, 'eller')} saknas.`);
  }
  if (missing.length > 0) {
    const found = headers.filter((h) => h !== '').map(quoted).join(', ');
    return { ok: false, message: `${missing.join(' ')} Första raden i filen ska vara en rubrikrad. Kolumner i filen: ${found || 'inga'}.` };
  }
  const ignored = headers.filter((h, i) => h !== '' && !used.has(i));
  return { ok: true, index: index as ColumnIndex<S>, ignored };
}
