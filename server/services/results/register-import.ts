import { writeAudit } from '../../../db/repositories/audit-log';
import { listMunicipalities } from '../../../db/repositories/municipalities';
import { upsertIndicator } from '../../../db/repositories/register-indicators';
import { replaceRegisterValues, type RegisterValue } from '../../../db/repositories/register-values';
import { createMunicipalityMatcher, type MunicipalityMatcher } from '../../domain/municipality-match';
import { parseSwedishNumber } from '../../domain/question-types/number-parsing';
import { mapColumns, type ColumnSpec } from '../../domain/tabular';
import { readTableOffThread } from '../tabular/read-table-off-thread';
import type { AppDeps } from '../../deps';
import type { RegisterImportInput } from '../../inputs/results/register-import';

const COLUMNS = [
  { field: 'code', aliases: ['kommunkod', 'kod', 'kommunnummer', 'kommun-id', 'kommunid', 'municipality_id'] },
  { field: 'kommun', aliases: ['kommun', 'kommunnamn', 'municipality'] },
  { field: 'year', aliases: ['år', 'ar', 'period', 'year'], required: true },
  { field: 'value', aliases: ['värde', 'varde', 'value', 'andel', 'antal'], required: true },
] as const satisfies readonly ColumnSpec[];

export const MAX_REGISTER_ROWS = 5000;
export interface RowError { line: number; message: string }
export type RegisterImportResult =
  | { ok: true; indicatorId: number; rows: number; notices: string[] }
  | { ok: false; message: string; rowErrors: RowError[] };

/** Reads a file of one indicator per municipality and year; every row must be valid, or nothing is stored. */
export async function importRegisterFile(deps: AppDeps, actor: { id: number; email: string }, input: RegisterImportInput, file: { buffer: Buffer; originalname: string }): Promise<RegisterImportResult> {
  const table = await readTableOffThread(file.buffer, file.originalname, { maxRows: MAX_REGISTER_ROWS });
  if (!table.ok) return { ok: false, message: table.message, rowErrors: [] };
  const mapped = mapColumns(table.headers, COLUMNS, { requireOneOf: [['code', 'kommun']] });
  if (!mapped.ok) return { ok: false, message: mapped.message, rowErrors: [] };
  const matcher = createMunicipalityMatcher(await listMunicipalities(deps.db));
  const cell = (cells: string[], i: number | undefined) => (i === undefined ? '' : (cells[i] ?? '').replace(/^'(?=[=+\-@])/, ''));
  const values: RegisterValue[] = [];
  const rowErrors: RowError[] = [];
  const seen = new Map<string, number>();
  for (const r of table.rows) {
    const parsed = parseRow(matcher, cell(r.cells, mapped.index.code), cell(r.cells, mapped.index.kommun), cell(r.cells, mapped.index.year), cell(r.cells, mapped.index.value));
    if (!parsed.ok) { rowErrors.push({ line: r.line, message: parsed.message }); continue; }
    const key = `${parsed.value.kommunkod}:${parsed.value.year}`;
    if (seen.has(key)) { rowErrors.push({ line: r.line, message: `Samma kommun och år finns redan på rad ${seen.get(key)}.` }); continue; }
    seen.set(key, r.line);
    values.push(parsed.value);
  }
  if (rowErrors.length > 0) return { ok: false, message: `${rowErrors.length} rader har fel, så ingenting har importerats. Rätta filen och ladda upp den igen.`, rowErrors };
  if (values.length === 0) return { ok: false, message: 'Filen har inga rader med värden.', rowErrors: [] };
  const now = deps.clock.now().toISOString();
  const indicatorId = await deps.db.transaction().execute(async (trx) => {
    const id = await upsertIndicator(trx, { key: indicatorKey(input.name), name: input.name, unit: input.unit, source: input.source }, now);
    await replaceRegisterValues(trx, id, values);
    await writeAudit(trx, { actor, action: 'results.register.import', objectType: 'register_indicator', objectId: id, details: { rows: values.length } }, now);
    return id;
  });
  return { ok: true, indicatorId, rows: values.length, notices: table.notices };
}

function parseRow(matcher: MunicipalityMatcher, code: string, name: string, yearText: string, valueText: string): { ok: true; value: RegisterValue } | { ok: false; message: string } {
  const place = matcher.resolve({ code, name });
  if (!place.ok) return { ok: false, message: place.message };
  const year = Number(yearText.trim());
  if (!/^\d{4}$/.test(yearText.trim()) || year < 1950 || year > 2100) return { ok: false, message: `Året ”${yearText}” är inte ett årtal, till exempel 2024.` };
  const value = parseSwedishNumber(valueText);
  if (value === null) return { ok: false, message: valueText.trim() === '' ? 'Värde saknas.' : `Värdet ”${valueText}” är inte ett tal, till exempel 12,5.` };
  return { ok: true, value: { kommunkod: place.kommunkod, year, value } };
}

/** The same name always gives the same indicator, so a new file for later years adds to it. */
export function indicatorKey(name: string): string {
  return name.toLocaleLowerCase('sv-SE').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'indikator';
}
