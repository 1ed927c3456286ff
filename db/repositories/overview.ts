import type { Kysely } from 'kysely';
import type { DB } from '../schema';
import { countAll } from '../sql';

/** Headline numbers for the staff overview. */
export async function overviewStats(db: Kysely<DB>) {
  const members = await db.selectFrom('panel_members').select(countAll().as('n')).where('status', '=', 'active').executeTakeFirstOrThrow();
  const municipalities = await db.selectFrom('municipalities').select(countAll().as('n')).executeTakeFirstOrThrow();
  const queued = await db.selectFrom('outbox').select(countAll().as('n')).where('status', 'in', ['queued', 'sending']).executeTakeFirstOrThrow();
  return [
    { label: 'aktiva kommuner i panelen', value: Number(members.n) },
    { label: 'kommuner i Sverige', value: Number(municipalities.n) },
    { label: 'e-postmeddelanden i kö', value: Number(queued.n) },
  ];
}
