import type { Kysely } from 'kysely';
import type { DB } from '../schema';

/** The RSS region codes chosen on each list (lists without regions are absent). */
export async function listRegionsByList(db: Kysely<DB>): Promise<Map<number, string[]>> {
  const rows = await db.selectFrom('recipient_list_regions').select(['list_id', 'rss_code']).orderBy('list_id').orderBy('rss_code').execute();
  const byList = new Map<number, string[]>();
  for (const r of rows) byList.set(r.list_id, [...(byList.get(r.list_id) ?? []), r.rss_code]);
  return byList;
}

export async function listRegionsOfList(db: Kysely<DB>, listId: number): Promise<string[]> {
  const rows = await db.selectFrom('recipient_list_regions').select('rss_code').where('list_id', '=', listId).orderBy('rss_code').execute();
  return rows.map((r) => r.rss_code);
}

/** Replaces a list's regions (call inside the transaction that saves the list). */
export async function replaceListRegions(db: Kysely<DB>, listId: number, codes: readonly string[]): Promise<void> {
  await db.deleteFrom('recipient_list_regions').where('list_id', '=', listId).execute();
  if (codes.length > 0) await db.insertInto('recipient_list_regions').values(codes.map((rss_code) => ({ list_id: listId, rss_code }))).execute();
}
