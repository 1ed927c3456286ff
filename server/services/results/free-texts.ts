import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { writeAudit } from '../../../db/repositories/audit-log';
import { findFreeText, setFreeTextReview, type FreeText } from '../../../db/repositories/free-texts';
import { countResponses } from '../../../db/repositories/responses';
import { placedQuestions } from '../../domain/survey/definition-index';
import type { SurveyDefinition } from '../../domain/survey/definition';
import type { AppDeps } from '../../deps';
import type { FreeTextReviewInput } from '../../inputs/results/free-text-review';
import type { ResultWave } from './wave-results';

export const textQuestions = (def: SurveyDefinition) => placedQuestions(def).filter((p) => p.question.type === 'long_text' || p.question.type === 'short_text');

/** What a reader sees of a text: the redacted version when staff removed parts. */
export const shownText = (t: FreeText) => t.redactedText ?? t.text;

function questionLabel(def: SurveyDefinition, key: string): string {
  const q = placedQuestions(def).find((p) => p.question.key === key)?.question;
  if (!q) return key;
  return q.type === 'long_text' || q.type === 'short_text' ? q.text : `${q.text} (svar med egna ord)`;
}

/**
 * Approved texts by question, never per group: shown only when the wave has at least k responses,
 * so a text can only be known to come from one of at least k municipalities.
 */
export async function visibleFreeTexts(db: Kysely<DB>, rw: ResultWave, approved: FreeText[]) {
  if ((await countResponses(db, rw.wave.id)) < rw.wave.k) return [];
  const byQuestion = new Map<string, string[]>();
  for (const t of approved) byQuestion.set(t.questionKey, [...(byQuestion.get(t.questionKey) ?? []), shownText(t)]);
  return [...byQuestion].map(([key, texts]) => ({ key, question: questionLabel(rw.definition, key), texts }));
}

export function reviewGroups(def: SurveyDefinition, texts: FreeText[]) {
  const keys = [...new Set(texts.map((t) => t.questionKey))];
  return keys.map((key) => ({ key, question: questionLabel(def, key), texts: texts.filter((t) => t.questionKey === key).map((t) => ({ ...t, shown: shownText(t) })) }));
}

export type ReviewResult = { ok: true } | { ok: false; field: string; message: string };

/** Approve (with parts removed if the shown text differs), hide or return to the queue; the audit log never holds the text. */
export async function reviewFreeText(deps: AppDeps, actor: { id: number; email: string }, text: FreeText, input: FreeTextReviewInput): Promise<ReviewResult> {
  const shown = input.shown.replace(/\r\n/g, '\n').trim();
  if (input.action === 'approve' && shown === '') return { ok: false, field: `shown-${text.id}`, message: 'Texten som visas kan inte vara tom. Välj Dölj om inget ska visas.' };
  const redacted = input.action === 'approve' && shown !== text.text.trim() ? shown : null;
  const status = input.action === 'approve' ? 'approved' : input.action === 'hide' ? 'hidden' : 'pending';
  const now = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    if (!(await findFreeText(trx, text.id))) return;
    await setFreeTextReview(trx, text.id, status, redacted);
    await writeAudit(trx, { actor, action: `results.free_text.${input.action}`, objectType: 'free_text', objectId: text.id, details: { wave: text.waveId, redacted: redacted !== null } }, now);
  });
  return { ok: true };
}
