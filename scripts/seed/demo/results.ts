import { findStaffById } from '../../../db/repositories/staff-users';
import { listFreeTexts } from '../../../db/repositories/free-texts';
import { listMunicipalities } from '../../../db/repositories/municipalities';
import { upsertIndicator } from '../../../db/repositories/register-indicators';
import { replaceRegisterValues, type RegisterValue } from '../../../db/repositories/register-values';
import { formatDate } from '../../../server/domain/time';
import { reviewFreeText } from '../../../server/services/results/free-texts';
import { indicatorKey } from '../../../server/services/results/register-import';
import { loadResultWave, waveQuestionTables } from '../../../server/services/results/wave-results';
import type { DemoContext } from './context';

export interface DemoRegisterIndicators { hemtjanst80: number }

// Fictitious but plausible: rural and northern municipalities have a larger share of 80+ with home care.
const BASE: Record<string, number> = { A: 19, B: 21, C: 23.5 };
const NORTH: Record<string, number> = { Götaland: 0, Svealand: 0.8, Norrland: 2.2 };

/** Register data (one indicator, six years), a few reviewed free texts of the June wave, and a check of the results. */
export async function seedDemoResults(ctx: DemoContext): Promise<void> {
  const { db } = ctx.deps;
  const now = ctx.deps.clock.now();
  const lastYear = Number(formatDate(now).slice(0, 4)) - 1;
  const values: RegisterValue[] = [];
  for (const m of await listMunicipalities(db)) {
    const own = (ctx.rng() - 0.5) * 6;
    for (let year = lastYear - 5; year <= lastYear; year++) {
      const trend = (year - lastYear) * 0.25;
      const value = (BASE[m.huvudgrupp] ?? 21) + (NORTH[m.landsdel] ?? 0) + own + trend + (ctx.rng() - 0.5);
      values.push({ kommunkod: m.kommunkod, year, value: Math.round(value * 10) / 10 });
    }
  }
  const name = 'Andel 80+ med hemtjänst';
  const hemtjanst80 = await upsertIndicator(db, { key: indicatorKey(name), name, unit: 'percent', source: 'Fiktiva demodata i stil med Kolada' }, now.toISOString());
  await replaceRegisterValues(db, hemtjanst80, values);
  ctx.shared.registerIndicators = { hemtjanst80 } satisfies DemoRegisterIndicators;

  const waves = ctx.shared.waves as { june?: number } | undefined;
  if (!waves?.june) return ctx.print(`  Resultat: registerdata ”${name}” ${lastYear - 5}–${lastYear}; inga avslutade omgångar att visa.`);
  const analyst = await findStaffById(db, ctx.staffIds.analyst);
  const actor = { id: analyst?.id ?? 0, email: analyst?.email ?? 'demo' };
  const pending = await listFreeTexts(db, waves.june, 'pending');
  for (const [i, text] of pending.slice(0, 8).entries()) {
    await reviewFreeText(ctx.deps, actor, text, i === 3 ? { action: 'hide', shown: '' } : { action: 'approve', shown: text.text });
  }
  const rw = await loadResultWave(db, waves.june);
  let suppressed = false;
  for (const dimension of rw?.wave.dimensions ?? []) suppressed ||= (await waveQuestionTables(db, rw!, dimension)).some((t) => t.table.groups.some((g) => g.suppressed));
  ctx.print(`  Resultat: juniomgången med uppdelningar${suppressed ? ' (minst en dold cell)' : ''}, jämförelse juni–oktober, ${Math.min(8, pending.length)} granskade fritextsvar och registerdata ”${name}” ${lastYear - 5}–${lastYear}.`);
}
