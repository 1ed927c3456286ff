import type { Kysely } from 'kysely';

/** Register bands and RSS regions as breakdown dimensions (issue 18). `waves.register_band` holds the bands fixed
 *  when the wave was scheduled (JSON: indicator, KPI id, title, year, cut points, labels, band per municipality);
 *  a released response carries only the band label (`bg_band`) and the RSS region (`bg_rss`), k-anonymous like the
 *  other background values. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('waves').addColumn('register_band', 'text').execute();
  await db.schema.alterTable('responses').addColumn('bg_band', 'text').execute();
  await db.schema.alterTable('responses').addColumn('bg_rss', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('responses').dropColumn('bg_rss').execute();
  await db.schema.alterTable('responses').dropColumn('bg_band').execute();
  await db.schema.alterTable('waves').dropColumn('register_band').execute();
}
