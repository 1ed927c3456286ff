import type { Kysely } from 'kysely';
import type { DB } from '../schema';

export async function markContactBounced(db: Kysely<DB>, contactId: number): Promise<void> {
  await db.updateTable('contacts').set({ bounced: 1 }).where('id', '=', contactId).execute();
}
