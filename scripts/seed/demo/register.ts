import { listMunicipalities } from '../../../db/repositories/municipalities';
import { upsertIndicator } from '../../../db/repositories/register-indicators';
import { replaceRegisterValues, type RegisterValue } from '../../../db/repositories/register-values';
import { formatDate } from '../../../server/domain/time';
import type { DemoContext } from './context';

/** Marked in the name and the source, so nobody mistakes the demo figures for Kolada's. */
export const DEMO_REGISTER_SOURCE = 'Kolada (RKA) – fiktiva demovärden';
const MARK = ' (fiktiva demovärden)';

interface DemoIndicator { key: string; name: string; unit: 'percent' | 'number'; value(m: { huvudgrupp: string; landsdel: string }, own: number, yearsBack: number, noise: number): number }

// Shaped like two key figures staff know from Kolada; every value is made up (seeded random), never fetched.
const INDICATORS: DemoIndicator[] = [
  {
    key: 'demo-kolada-sabo-80', name: `Invånare 80+ i särskilt boende, andel (%)${MARK}`, unit: 'percent',
    value: (m, own, back, noise) => ({ A: 10.5, B: 11.8, C: 13.2 }[m.huvudgrupp] ?? 12) + own * 1.5 - back * 0.3 + noise * 0.6,
  },
  {
    key: 'demo-kolada-kostnad-hemtjanst', name: `Kostnad hemtjänst äldreomsorg, kr/invånare 80+${MARK}`, unit: 'number',
    value: (m, own, back, noise) => ({ Götaland: 78_000, Svealand: 82_000, Norrland: 91_000 }[m.landsdel] ?? 80_000) * (1 + own * 0.08 - back * 0.035 + noise * 0.01),
  },
];

/** Two register indicators in Kolada's shape over six years (fictitious values), for the indicator page. */
export async function seedDemoRegister(ctx: DemoContext): Promise<void> {
  const { db } = ctx.deps;
  const now = ctx.deps.clock.now();
  const lastYear = Number(formatDate(now).slice(0, 4)) - 1;
  const municipalities = await listMunicipalities(db);
  const ids: number[] = [];
  for (const ind of INDICATORS) {
    const values: RegisterValue[] = [];
    for (const m of municipalities) {
      const own = ctx.rng() - 0.5;
      for (let back = 5; back >= 0; back--) {
        const v = ind.value(m, own, back, ctx.rng() - 0.5);
        values.push({ kommunkod: m.kommunkod, year: lastYear - back, value: ind.unit === 'percent' ? Math.round(v * 10) / 10 : Math.round(v) });
      }
    }
    const id = await upsertIndicator(db, { key: ind.key, name: ind.name, unit: ind.unit, source: DEMO_REGISTER_SOURCE }, now.toISOString());
    await replaceRegisterValues(db, id, values);
    ids.push(id);
  }
  ctx.shared.koladaDemoIndicators = ids;
  ctx.print(`  Registerdata: två nyckeltal i Koladas form ${lastYear - 5}–${lastYear} (fiktiva värden), jämför kommun, län och riket under Resultat → Registerdata.`);
}
