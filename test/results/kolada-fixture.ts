import { loadMunicipalities } from '../../db/seed/reference/municipalities';
import type { FakePoint, KoladaServerPlan } from '../support/kolada-server';

export const KPI = 'N00945';
export const YEARS = [2022, 2023, 2024];
/** Kolada-shaped data for all 290 municipalities (plus riket, 0000), with total, women and men. */
export function fixtureValue(code: string, year: number): number {
  return Math.round(((Number(code) * 7 + year * 3) % 900)) / 10;
}
export const NULLS = [['0114', 2023], ['0180', 2024]] as const;
export const FLAGGED = ['0115', 2022] as const;
export const OUT_OF_RANGE = ['0117', 2024, 104.2] as const;

export function koladaPlan(): KoladaServerPlan {
  const points: FakePoint[] = [];
  const codes = [...loadMunicipalities().map((m) => m.kommunkod), '0000'];
  for (const code of codes) {
    for (const year of YEARS) {
      let total: number | null = fixtureValue(code, year);
      if (NULLS.some(([c, y]) => c === code && y === year)) total = null;
      if (code === OUT_OF_RANGE[0] && year === OUT_OF_RANGE[1]) total = OUT_OF_RANGE[2];
      const status = code === FLAGGED[0] && year === FLAGGED[1] ? 'B' : null;
      points.push({ kpi: KPI, municipality: code, period: year, values: [
        { gender: 'K', value: total === null ? null : total + 1, status: null, count: 1 },
        { gender: 'M', value: total === null ? null : total - 1, status: null, count: 1 },
        { gender: 'T', value: total, status, count: 1 },
      ] });
    }
  }
  return {
    kpis: [{ id: KPI, title: 'Hemtjänst, andel (%) av invånare 80+', is_divided_by_gender: 1 }, { id: 'N00400', title: 'Trasigt nyckeltal', is_divided_by_gender: 0 }],
    data: { [KPI]: points }, perPage: 300, failOnce: [1], slowOnce: { 2: 1500 }, statusFor: { N00400: 400 },
  };
}
