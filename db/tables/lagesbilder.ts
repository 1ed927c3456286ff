import type { Generated } from 'kysely';

/** The working copy: `draft` is JSON (LagesbildDraft); `revision` rises on every save (optimistic locking). */
export interface LagesbilderTable {
  id: Generated<number>; title: string; draft: string; revision: Generated<number>;
  created_at: string; created_by: number | null; updated_at: string; updated_by: number | null;
}
/** A published version: `document` is the frozen LagesbildDocument JSON. Rows are immutable (database triggers). */
export interface LagesbildVersionsTable {
  id: Generated<number>; lagesbild_id: number; version: number; title: string; document_date: string;
  document: string; pdf: Buffer; change_note: string | null;
  published_at: string; published_by: number | null; published_by_name: string;
}
export type RecipientListKind = 'addresses' | 'panel-contacts';
/** `addresses`: one address per line ("Namn <e-post>" or just the address); unused for panel-contacts. */
export interface RecipientListsTable {
  id: Generated<number>; name: string; kind: RecipientListKind; addresses: Generated<string>;
  attach_pdf: Generated<number>; created_at: string; updated_at: string;
}
/** An RSS region (db/seed/reference/rss-regions.ts code: län code, or 14F/14S/14B/14G) chosen on a list. */
export interface RecipientListRegionsTable { list_id: number; rss_code: string }
export interface LagesbildDeliveriesTable {
  id: Generated<number>; version_id: number; email: string; name: string | null; list_name: string;
  outbox_key: string; queued_at: string; queued_by: number | null;
}

export interface LagesbildTables {
  lagesbilder: LagesbilderTable;
  lagesbild_versions: LagesbildVersionsTable;
  recipient_lists: RecipientListsTable;
  recipient_list_regions: RecipientListRegionsTable;
  lagesbild_deliveries: LagesbildDeliveriesTable;
}
