import type { Kysely } from 'kysely';
import type { DB } from '../schema';
import type { Dimension } from '../tables/waves';

export const BG_COLUMN = { landsdel: 'bg_landsdel', huvudgrupp: 'bg_huvudgrupp', kommungrupp: 'bg_kommungrupp', lan: 'bg_lan', storleksklass: 'bg_storleksklass', band: 'bg_band', rss: 'bg_rss' } as const;
type Bg = Partial<Record<Dimension, string | null>>;

/** The background values of a wave's released responses, by response id. */
export async function listResponseBackgrounds(db: Kysely<DB>, waveId: number): Promise<{ id: string; bg: Bg }[]> {
  const rows = await db.selectFrom('responses').selectAll().where('wave_id', '=', waveId).execute();
  return rows.map((r) => ({ id: r.id, bg: Object.fromEntries(Object.entries(BG_COLUMN).map(([d, c]) => [d, r[c]])) as Bg }));
}

/** Overwrites one response's background values (only ever coarser: values are set to null, never changed). */
export async function setResponseBackground(db: Kysely<DB>, id: string, bg: Bg): Promise<void> {
  const set = Object.fromEntries(Object.entries(BG_COLUMN).map(([d, c]) => [c, bg[d as Dimension] ?? null]));
  await db.updateTable('responses').set(set).where('id', '=', id).execute();
}
