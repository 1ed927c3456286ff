import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { endContact, insertContact } from '../../../db/repositories/contacts';
import { insertMember, setMemberStatus, startPeriod } from '../../../db/repositories/panel';
import { loadMunicipalities } from '../../../db/seed/reference/municipalities';
import { selectDemoPanel } from '../demo-data/panel-selection';
import { fictitiousPerson, type FictitiousPerson } from '../demo-data/people';
import type { DemoContext } from './context';

const PANEL_START = '2024-03-15';

/** YYYY-MM-DD `days` before now, never before the panel started. */
function daysAgo(now: Date, days: number): string {
  const d = new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
  return d < PANEL_START ? PANEL_START : d;
}

/** The demo panel: 149 municipalities chosen by selectDemoPanel (stratified by landsdel × kommungrupp),
 *  each with a fictitious primary contact under `.example`, and a deputy in about a third. A little history:
 *  one member replaced its contact, one left and rejoined, and one municipality outside the 149 has left. */
export async function seedDemoPanel(ctx: DemoContext): Promise<void> {
  const { db } = ctx.deps;
  const all = loadMunicipalities();
  const codes = new Set(selectDemoPanel(all));
  const used = new Set<string>();
  const person = (m: { name: string; kommunkod: string }): FictitiousPerson => {
    for (;;) {
      const p = fictitiousPerson(ctx.rng, m);
      if (!used.has(p.email)) { used.add(p.email); return p; }
    }
  };
  const clock = ctx.deps.clock.now();
  const now = clock.toISOString();
  const members = all.filter((x) => codes.has(x.kommunkod));
  const former = all.find((x) => !codes.has(x.kommunkod))!;
  await db.transaction().execute(async (trx) => {
    for (const m of [...members, former]) {
      const memberId = await insertMember(trx, { kommunkod: m.kommunkod, joinedOn: PANEL_START, reason: null, now });
      await startPeriod(trx, { memberId, status: 'active', fromDate: PANEL_START, reason: null, now });
      const primary = await insertContact(trx, { memberId, role: 'primary', ...person(m), validFrom: PANEL_START });
      if (ctx.rng() < 0.33) {
        await insertContact(trx, { memberId, role: 'deputy', ...person(m), title: 'Biträdande äldreomsorgschef', validFrom: PANEL_START });
      }
      if (m === members[0]) await replaceContact(trx, memberId, primary, daysAgo(clock, 120), person(m));
      if (m === members[1]) await leaveAndRejoin(trx, memberId, daysAgo(clock, 300), daysAgo(clock, 90), now);
      if (m === former) await leave(trx, memberId, primary, daysAgo(clock, 200), now);
    }
  });
  ctx.print(`  Panelen: ${codes.size} kommuner med fiktiva kontaktpersoner (adresser under .example), ${members[0]!.name} har bytt kontaktperson, ${members[1]!.name} har lämnat och gått med igen, ${former.name} har lämnat.`);
}

async function replaceContact(trx: Kysely<DB>, memberId: number, oldId: number, on: string, p: FictitiousPerson) {
  await endContact(trx, oldId, on);
  await insertContact(trx, { memberId, role: 'primary', ...p, validFrom: on });
}

async function leaveAndRejoin(trx: Kysely<DB>, memberId: number, leftOn: string, rejoinedOn: string, now: string) {
  await startPeriod(trx, { memberId, status: 'left', fromDate: leftOn, reason: 'Omorganisation, ingen tid att delta', now });
  await startPeriod(trx, { memberId, status: 'active', fromDate: rejoinedOn, reason: 'Vill delta igen efter omorganisationen', now });
  await setMemberStatus(trx, memberId, { status: 'active', reason: 'Vill delta igen efter omorganisationen', joinedOn: rejoinedOn, leftOn: null });
}

async function leave(trx: Kysely<DB>, memberId: number, contactId: number, leftOn: string, now: string) {
  await startPeriod(trx, { memberId, status: 'left', fromDate: leftOn, reason: 'Hinner inte delta i enkäterna', now });
  await setMemberStatus(trx, memberId, { status: 'left', reason: 'Hinner inte delta i enkäterna', leftOn });
  await endContact(trx, contactId, leftOn);
}
