import type { Kysely } from 'kysely';
import type { DB } from '../schema';
import { countAll } from '../sql';
import type { FreeTextStatus } from '../tables/waves';

export interface FreeText { id: string; waveId: number; questionKey: string; item: string; text: string; status: FreeTextStatus; redactedText: string | null }

type Row = { id: string; wave_id: number; question_key: string; item: string; text: string; status: FreeTextStatus; redacted_text: string | null };
const toFreeText = (r: Row): FreeText => ({ id: r.id, waveId: r.wave_id, questionKey: r.question_key, item: r.item, text: r.text, status: r.status, redactedText: r.redacted_text });
const COLUMNS = ['id', 'wave_id', 'question_key', 'item', 'text', 'status', 'redacted_text'] as const;

/** A wave's free texts of one status, by question; within a question by random id, so the order says nothing. */
export async function listFreeTexts(db: Kysely<DB>, waveId: number, status: FreeTextStatus): Promise<FreeText[]> {
  const rows = await db.selectFrom('free_texts').select(COLUMNS).where('wave_id', '=', waveId).where('status', '=', status)
    .orderBy('question_key').orderBy('id').execute();
  return rows.map(toFreeText);
}

export const listApprovedFreeTexts = (db: Kysely<DB>, waveId: number) => listFreeTexts(db, waveId, 'approved');

export async function findFreeText(db: Kysely<DB>, id: string): Promise<FreeText | undefined> {
  const row = await db.selectFrom('free_texts').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return row ? toFreeText(row) : undefined;
}

export async function setFreeTextReview(db: Kysely<DB>, id: string, status: FreeTextStatus, redactedText: string | null): Promise<void> {
  await db.updateTable('free_texts').set({ status, redacted_text: redactedText }).where('id', '=', id).execute();
}

export async function countFreeTextsByStatus(db: Kysely<DB>, waveId: number): Promise<Record<FreeTextStatus, number>> {
  const rows = await db.selectFrom('free_texts').select(['status', countAll().as('n')]).where('wave_id', '=', waveId).groupBy('status').execute();
  const counts: Record<FreeTextStatus, number> = { pending: 0, approved: 0, hidden: 0 };
  for (const r of rows) counts[r.status] = Number(r.n);
  return counts;
}
