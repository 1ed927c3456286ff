import type { Kysely } from 'kysely';
import type { DB } from '../schema';

/** Sent or failed survey mail whose body may still hold an answer link (mailed before links were cut out). */
export async function listUnscrubbedWaveMail(db: Kysely<DB>) {
  return db.selectFrom('outbox').select(['id', 'html', 'text'])
    .where('category', 'in', ['enkät-inbjudan', 'enkät-påminnelse']).where('status', 'in', ['sent', 'failed'])
    .where((eb) => eb.or([eb('text', 'like', '%/svar/%'), eb('html', 'like', '%/svar/%'), eb('link_token', 'is not', null)]))
    .execute();
}

export async function setMailBodies(db: Kysely<DB>, id: number, html: string, text: string): Promise<void> {
  await db.updateTable('outbox').set({ html, text, link_token: null }).where('id', '=', id).execute();
}
