import { writeAudit } from '../../../db/repositories/audit-log';
import { findLagesbild, insertVersion, latestVersionNumber } from '../../../db/repositories/lagesbilder';
import type { AppDeps } from '../../deps';
import { renderLagesbildPdf } from '../../pdf';
import { checkPublishable, draftToDocument, parseDraft } from './draft';
import type { NamedActor } from '../../domain/actor';
import { refusal, success, type Outcome, type Refusal } from '../outcome';

/** On success: the number of the new version. */
export type PublishOutcome = Outcome<number, 'not-found' | 'conflict' | 'change-note-missing'> | Refusal<'incomplete', { problems: string[] }>;

/**
 * Freezes the draft as the next version: the document (figures with their numbers, method box) and
 * its PDF are stored once and never change. A correction is the next version, with a change note.
 */
export async function publishLagesbild(deps: AppDeps, actor: NamedActor, id: number, revision: number, changeNote: string): Promise<PublishOutcome> {
  const row = await findLagesbild(deps.db, id);
  if (!row) return refusal('not-found');
  if (row.revision !== revision) return refusal('conflict');
  const previous = await latestVersionNumber(deps.db, id);
  const note = changeNote.trim();
  if (previous > 0 && note === '') return refusal('change-note-missing');
  const document = draftToDocument(parseDraft(row.draft), previous + 1, previous > 0 ? note : undefined);
  const problems = checkPublishable(document);
  if (problems.length > 0) return refusal('incomplete', { problems });
  // The PDF is rendered before the transaction: no slow work while SQLite's write lock is held.
  const pdf = await renderLagesbildPdf(document);
  const now = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx): Promise<PublishOutcome> => {
    const current = await findLagesbild(trx, id);
    if (current?.revision !== revision || (await latestVersionNumber(trx, id)) !== previous) return refusal('conflict');
    await insertVersion(trx, {
      lagesbild_id: id, version: document.version, title: document.title, document_date: document.date,
      document: JSON.stringify(document), pdf, change_note: document.changeNote ?? null,
      published_at: now, published_by: actor.id, published_by_name: actor.name,
    });
    await writeAudit(trx, { actor, action: 'lagesbild.publish', objectType: 'lagesbild', objectId: id, details: { version: document.version } }, now);
    return success(document.version);
  });
}
