import { nextPageKey, parsePage, previousPageKey, type Answers, type PageError } from '../../domain/survey/answering';
import type { FormFields } from '../../domain/question-types/types';
import type { AppDeps } from '../../deps';
import type { Respondent } from './respondent';
import { saveDraft } from './submit-ballot';

export const REVIEW = '_review';
export type PageAction = 'next' | 'back' | 'save';

/** Where the respondent goes after a page: another page, the review page, the start page or "saved". */
export type PageTarget = { page: string } | { to: 'review' | 'start' | 'saved' };
export type PageStep = { kind: 'invalid'; answers: Answers; errors: PageError[] } | { kind: 'go'; target: PageTarget };

export function pageAction(raw: unknown): PageAction {
  return raw === 'back' || raw === 'save' ? raw : 'next';
}

/**
 * One posted page. "Next" validates the page and saves only a valid page; "back" and "save" keep what was
 * typed, even if it is not valid yet (it is checked again on "next" and at submit), so nothing is lost.
 * Every step saves the draft, so the same mailed link resumes where the respondent left.
 */
export async function answerPage(deps: AppDeps, r: Respondent, pageKey: string, fields: FormFields, action: PageAction): Promise<PageStep> {
  const parsed = parsePage(r.definition, pageKey, fields, r.answers);
  if (action === 'next') {
    if (parsed.errors.length) return { kind: 'invalid', answers: parsed.answers, errors: parsed.errors };
    const next = nextPageKey(r.definition, pageKey, parsed.answers);
    await saveDraft(deps, r, parsed.answers, next ?? REVIEW);
    return { kind: 'go', target: next ? { page: next } : { to: 'review' } };
  }
  await saveDraft(deps, r, parsed.answers, pageKey);
  if (action === 'save') return { kind: 'go', target: { to: 'saved' } };
  const previous = previousPageKey(r.definition, pageKey, parsed.answers);
  return { kind: 'go', target: previous ? { page: previous } : { to: 'start' } };
}
