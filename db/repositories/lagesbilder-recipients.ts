import type { Insertable, Kysely, Selectable } from 'kysely';
import type { DB } from '../schema';
import type { LagesbildDeliveriesTable, RecipientListsTable } from '../tables/lagesbilder';
import { countAll } from '../sql';

export type RecipientListRow = Selectable<RecipientListsTable>;

export async function listRecipientLists(db: Kysely<DB>): Promise<RecipientListRow[]> {
  return db.selectFrom('recipient_lists').selectAll().orderBy('name').execute();
}

export async function findRecipientList(db: Kysely<DB>, id: number): Promise<RecipientListRow | undefined> {
  if (!Number.isSafeInteger(id) || id <= 0) return undefined;
  return db.selectFrom('recipient_lists').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertRecipientList(db: Kysely<DB>, row: Insertable<RecipientListsTable>): Promise<number> {
  const r = await db.insertInto('recipient_lists').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updateRecipientList(db: Kysely<DB>, id: number, row: Pick<RecipientListRow, 'name' | 'kind' | 'addresses' | 'attach_pdf' | 'updated_at'>): Promise<void> {
  await db.updateTable('recipient_lists').set(row).where('id', '=', id).execute();
}

/** Records a delivery; false when this address already has this version (nothing is queued then). */
export async function insertDelivery(db: Kysely<DB>, row: Insertable<LagesbildDeliveriesTable>): Promise<boolean> {
  const res = await db.insertInto('lagesbild_deliveries').values(row)
    .onConflict((oc) => oc.columns(['version_id', 'email']).doNothing()).executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Who got which version when, with the mail's current state from the outbox (null once the row is gone). */
export async function listDeliveries(db: Kysely<DB>, lagesbildId: number) {
  return db.selectFrom('lagesbild_deliveries as d')
    .innerJoin('lagesbild_versions as v', 'v.id', 'd.version_id')
    .leftJoin('outbox as o', 'o.unique_key', 'd.outbox_key')
    .select(['d.id', 'v.version', 'd.email', 'd.name', 'd.list_name', 'd.queued_at', 'o.status', 'o.sent_at'])
    .where('v.lagesbild_id', '=', lagesbildId)
    .orderBy('d.queued_at', 'desc').orderBy('d.id').execute();
}

/** Progress per version: recipients, and how many of their mails are sent, waiting or failed. */
export async function deliveryProgress(db: Kysely<DB>, lagesbildId: number) {
  const rows = await db.selectFrom('lagesbild_deliveries as d')
    .innerJoin('lagesbild_versions as v', 'v.id', 'd.version_id')
    .leftJoin('outbox as o', 'o.unique_key', 'd.outbox_key')
    .select(['v.version', 'o.status', countAll().as('n')])
    .where('v.lagesbild_id', '=', lagesbildId)
    .groupBy(['v.version', 'o.status']).execute();
  return rows.map((r) => ({ version: r.version, status: r.status, n: Number(r.n) }));
}
