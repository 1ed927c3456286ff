import type { Kysely } from 'kysely';
import { precompiled } from '../precompiled';
import type { DB } from '../schema';

// Save-and-resume state of one invitation (the answers column is sealed by the answering service); it is read
// together with the invitation (findRespondentInvitation).

/** `page_key` is emptied: where the member is now travels inside the sealed draft. */
export async function upsertDraft(db: Kysely<DB>, invitationId: number, answers: string): Promise<void> {
  await upsert(db, invitationId, answers);
}

const upsert = precompiled(2, (db, invitationId: number, answers: string) => db.insertInto('drafts')
  .values({ invitation_id: invitationId, answers, page_key: null })
  .onConflict((oc) => oc.column('invitation_id').doUpdateSet({ answers, page_key: null })));

export async function deleteDraft(db: Kysely<DB>, invitationId: number): Promise<void> {
  await remove(db, invitationId);
}

const remove = precompiled(1, (db, invitationId: number) => db.deleteFrom('drafts').where('invitation_id', '=', invitationId));

/** At close: nobody can submit any more, so unsent drafts go. */
export async function deleteDraftsOfWave(db: Kysely<DB>, waveId: number): Promise<number> {
  const res = await db.deleteFrom('drafts')
    .where('invitation_id', 'in', (eb) => eb.selectFrom('invitations').select('id').where('wave_id', '=', waveId)).executeTakeFirst();
  return Number(res.numDeletedRows);
}
