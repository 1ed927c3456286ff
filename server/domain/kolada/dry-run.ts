/**
 * The dry run of a Kolada import: what the fetched answer holds compared with the 290 municipalities, before
 * anything is saved. Pure: takes the data points Kolada sent, returns the values to store and a report.
 */
export interface DataPoint { municipality: string; period: number; values: { gender: string; value: number | null; status: string | null }[] }
export interface KeptValue { kommunkod: string; year: number; value: number }
export type Unit = 'percent' | 'number' | 'count';

export interface DryRunReport {
  points: number;
  found: number;
  missing: { kommunkod: string; name: string }[];
  nulls: { kommunkod: string; year: number }[];
  statuses: Record<string, number>;
  genders: Record<string, number>;
  outOfRange: KeptValue[];
  /** Codes that are not one of the 290 municipalities (riket 0000, regions), left out. */
  otherCodes: number;
}

export function expectedRange(unit: Unit): { min: number; max: number } {
  return unit === 'percent' ? { min: 0, max: 100 } : unit === 'count' ? { min: 0, max: Number.POSITIVE_INFINITY } : { min: Number.NEGATIVE_INFINITY, max: Number.POSITIVE_INFINITY };
}

export function dryRun(points: DataPoint[], municipalities: { kommunkod: string; name: string }[], opts: { gender: string; unit: Unit }): { values: KeptValue[]; report: DryRunReport } {
  const known = new Set(municipalities.map((m) => m.kommunkod));
  const range = expectedRange(opts.unit);
  const kept = new Map<string, KeptValue>();
  const report: DryRunReport = { points: points.length, found: 0, missing: [], nulls: [], statuses: {}, genders: {}, outOfRange: [], otherCodes: 0 };
  for (const p of points) {
    if (!known.has(p.municipality)) { report.otherCodes += 1; continue; }
    for (const v of p.values) {
      report.genders[v.gender] = (report.genders[v.gender] ?? 0) + 1;
      if (v.gender !== opts.gender) continue;
      if (v.status) report.statuses[v.status] = (report.statuses[v.status] ?? 0) + 1;
      if (v.value === null) { report.nulls.push({ kommunkod: p.municipality, year: p.period }); continue; }
      const value = { kommunkod: p.municipality, year: p.period, value: v.value };
      if (v.value < range.min || v.value > range.max) report.outOfRange.push(value);
      kept.set(`${value.kommunkod}:${value.year}`, value);
    }
  }
  const withValue = new Set([...kept.values()].map((v) => v.kommunkod));
  report.found = withValue.size;
  report.missing = municipalities.filter((m) => !withValue.has(m.kommunkod)).map((m) => ({ kommunkod: m.kommunkod, name: m.name }));
  const values = [...kept.values()].sort((a, b) => a.kommunkod.localeCompare(b.kommunkod) || a.year - b.year);
  return { values, report };
}

/** Kolada has no unit field: the title says it ("…, andel (%)", "…, antal", "…, kr/inv"). */
export function unitFromTitle(title: string): Unit {
  const t = title.toLocaleLowerCase('sv-SE');
  if (/\(%\)|andel|procent/.test(t)) return 'percent';
  if (/\bantal\b/.test(t)) return 'count';
  return 'number';
}

/** "2019-2024", "2020, 2022" or "2024" → sorted distinct years; null when not understood. */
export function parseYears(text: string, limits = { min: 1990, max: 2100 }): number[] | null {
  const years = new Set<number>();
  for (const part of text.split(/[,\s]+/).filter(Boolean)) {
    const m = /^(\d{4})(?:[-–](\d{4}))?$/.exec(part);
    if (!m) return null;
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    if (from > to || from < limits.min || to > limits.max || to - from > 30) return null;
    for (let y = from; y <= to; y += 1) years.add(y);
  }
  return years.size > 0 && years.size <= 30 ? [...years].sort((a, b) => a - b) : null;
}
