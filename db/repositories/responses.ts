import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../schema';
import { countAll } from '../sql';
import type { AnswersTable, FreeTextsTable, ResponsesTable } from '../tables/waves';

export interface ReleasedResponse {
  response: Insertable<ResponsesTable>;
  answers: Insertable<AnswersTable>[];
  freeTexts: Insertable<FreeTextsTable>[];
}

const CHUNK = 400;

async function insertChunked<T extends 'responses' | 'answers' | 'free_texts'>(db: Kysely<DB>, table: T, rows: Insertable<DB[T]>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await db.insertInto(table).values(rows.slice(i, i + CHUNK) as never).execute();
}

/** Inserts released ballots as responses, in the (shuffled) order given. */
export async function insertResponses(db: Kysely<DB>, released: ReleasedResponse[]): Promise<void> {
  await insertChunked(db, 'responses', released.map((r) => r.response));
  await insertChunked(db, 'answers', released.flatMap((r) => r.answers));
  await insertChunked(db, 'free_texts', released.flatMap((r) => r.freeTexts));
}

export async function countResponses(db: Kysely<DB>, waveId: number): Promise<number> {
  const row = await db.selectFrom('responses').select(countAll().as('n')).where('wave_id', '=', waveId).executeTakeFirstOrThrow();
  return Number(row.n);
}
