import type { TestContext } from '../support/context';

/** Values chosen so every figure can be worked out by hand from the populations of 2024-12-31 (kommuner.csv). */
export const COMPARE_FIXTURE: [string, number, number][] = [
  ['0114', 2023, 20], ['0115', 2023, 30], ['0180', 2023, 10], ['1480', 2023, 40], ['1401', 2023, 50], ['1490', 2023, 60],
  ['0114', 2024, 22], ['0180', 2024, 12], ['1480', 2024, 44],
];

export async function insertCompareFixture(ctx: TestContext, source = 'Kolada (RKA)'): Promise<number> {
  const now = '2026-01-01T00:00:00.000Z';
  const ind = await ctx.db.insertInto('register_indicators').values({ key: 'test-jamfor', name: 'Andel 80+ med hemtjänst', unit: 'percent', source, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
  await ctx.db.insertInto('register_values').values(COMPARE_FIXTURE.map(([kommunkod, year, value]) => ({ indicator_id: ind.id, kommunkod, year, value }))).execute();
  return ind.id;
}
