import { writeAudit } from '../../../db/repositories/audit-log';
import { findLagesbild, insertLagesbild, updateLagesbildDraft } from '../../../db/repositories/lagesbilder';
import type { AppDeps } from '../../deps';
import { emptyDraft, parseDraft, serialiseDraft, type LagesbildDraft } from './draft';
import { methodFactsForWave } from './figure-sources';
import type { NamedActor } from '../../domain/actor';
import { refusal, success, type Outcome } from '../outcome';

/** On success: the draft's new revision. */
export type SaveOutcome = Outcome<number, 'conflict' | 'not-found'>;

export async function createLagesbild(deps: AppDeps, actor: NamedActor, title: string): Promise<number> {
  const now = deps.clock.now().toISOString();
  const draft: LagesbildDraft = { ...emptyDraft(), title, contact: { name: actor.name, email: actor.email, phone: '' } };
  return deps.db.transaction().execute(async (trx) => {
    const id = await insertLagesbild(trx, { title, draft: serialiseDraft(draft), now, by: actor.id });
    await writeAudit(trx, { actor, action: 'lagesbild.create', objectType: 'lagesbild', objectId: id }, now);
    return id;
  });
}

/**
 * Reads the draft, applies `change` and saves it — only if nobody else saved in between (`revision`
 * is the one the editor's form was built from). Published versions are separate rows and never touched.
 */
export async function changeDraft(
  deps: AppDeps, actor: NamedActor, id: number, revision: number,
  change: (draft: LagesbildDraft) => LagesbildDraft | Promise<LagesbildDraft>, action = 'lagesbild.draft.save',
): Promise<SaveOutcome> {
  const row = await findLagesbild(deps.db, id);
  if (!row) return refusal('not-found');
  if (row.revision !== revision) return refusal('conflict');
  const draft = await change(parseDraft(row.draft));
  const now = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx): Promise<SaveOutcome> => {
    const saved = await updateLagesbildDraft(trx, id, revision, { title: draft.title, draft: serialiseDraft(draft), now, by: actor.id });
    if (!saved) return refusal('conflict');
    await writeAudit(trx, { actor, action, objectType: 'lagesbild', objectId: id }, now);
    return success(revision + 1);
  });
}

/** The editor form's fields → the draft (figure order and numbers stay; only their texts change). */
export async function applyEditorForm(deps: AppDeps, draft: LagesbildDraft, form: Record<string, string>): Promise<LagesbildDraft> {
  const waveId = form.wave_id ? Number(form.wave_id) : null;
  const method = waveId === null ? null
    : waveId === draft.waveId && draft.method ? draft.method : await methodFactsForWave(deps, waveId);
  return {
    ...draft,
    title: form.title ?? '', subtitle: form.subtitle ?? '', date: form.date ?? '', documentNumber: form.document_number ?? '',
    ingress: form.ingress ?? '', bodyMarkdown: form.body ?? '',
    keyFindings: [1, 2, 3, 4, 5].map((n) => form[`finding_${n}`] ?? '').filter((f) => f !== ''),
    figures: draft.figures.map((figure, i) => ({
      ...figure, caption: form[`fig_${i}_caption`] ?? figure.caption, alt: form[`fig_${i}_alt`] ?? figure.alt, source: form[`fig_${i}_source`] ?? figure.source,
    })),
    waveId: method ? waveId : null,
    method,
    contact: { name: form.contact_name ?? '', email: form.contact_email ?? '', phone: form.contact_phone ?? '' },
  };
}
