import { loadMunicipalities } from '../reference/municipalities';
import { selectDemoPanel } from '../demo-data/panel-selection';
import { fictitiousPerson } from '../demo-data/people';
import type { DemoContext } from './context';

/** The demo panel: 149 municipalities chosen by selectDemoPanel (stratified by landsdel × kommungrupp),
 *  each with a fictitious primary contact under `.example`, and a deputy in about a third. */
export async function seedDemoPanel(ctx: DemoContext): Promise<void> {
  const { db } = ctx.deps;
  const all = loadMunicipalities();
  const codes = new Set(selectDemoPanel(all));
  const used = new Set<string>();
  const person = (m: { name: string; kommunkod: string }) => {
    for (;;) {
      const p = fictitiousPerson(ctx.rng, m);
      if (!used.has(p.email)) { used.add(p.email); return p; }
    }
  };
  const now = ctx.deps.clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    for (const m of all.filter((x) => codes.has(x.kommunkod))) {
      const member = await trx.insertInto('panel_members')
        .values({ kommunkod: m.kommunkod, status: 'active', joined_on: '2024-03-15', left_on: null, status_reason: null, created_at: now })
        .returning('id').executeTakeFirstOrThrow();
      const primary = person(m);
      await trx.insertInto('contacts').values({ member_id: member.id, role: 'primary', ...primary, valid_from: '2024-03-15', valid_to: null }).execute();
      if (ctx.rng() < 0.33) {
        const deputy = person(m);
        await trx.insertInto('contacts').values({ member_id: member.id, role: 'deputy', ...deputy, title: 'Biträdande äldreomsorgschef', valid_from: '2024-03-15', valid_to: null }).execute();
      }
    }
  });
  ctx.print(`  Panelen: ${codes.size} kommuner med fiktiva kontaktpersoner (adresser under .example).`);
}
