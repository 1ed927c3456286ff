import { questionTypeOf } from '../question-types/registry';
import { answerOf, isVisible, type Answers } from './conditions';
import type { SurveyDefinition } from './definition-schema';

export interface Visibility {
  pages: Set<string>;
  questions: Set<string>;
  /** answers of visible questions only */
  answers: Answers;
}

/**
 * One pass in answering order. Conditions only look backwards, so by the time a page or question
 * is decided, every answer it may depend on has already been kept or dropped.
 */
export function visibility(def: SurveyDefinition, answers: Answers): Visibility {
  const seen: Visibility = { pages: new Set(), questions: new Set(), answers: {} };
  for (const page of def.pages) {
    if (!isVisible(page, seen.answers)) continue;
    seen.pages.add(page.key);
    for (const question of page.questions) {
      if (!isVisible(question, seen.answers)) continue;
      seen.questions.add(question.key);
      const value = answerOf(answers, question.key);
      if (value !== undefined && questionTypeOf(question).hasAnswer) seen.answers[question.key] = value;
    }
  }
  return seen;
}

/** Answers without those of hidden questions and hidden pages (and without keys the survey lacks). */
export function pruneHidden(def: SurveyDefinition, answers: Answers): Answers {
  return visibility(def, answers).answers;
}

export function visiblePages(def: SurveyDefinition, answers: Answers): SurveyDefinition['pages'] {
  const { pages } = visibility(def, answers);
  return def.pages.filter((page) => pages.has(page.key));
}

function pageIndexOf(def: SurveyDefinition, pageKey: string): number {
  const index = def.pages.findIndex((page) => page.key === pageKey);
  if (index === -1) throw new Error(`Unknown page: ${pageKey}`);
  return index;
}

/** The next page the respondent should see, or null when the review page comes next. */
export function nextPageKey(def: SurveyDefinition, pageKey: string, answers: Answers): string | null {
  const { pages } = visibility(def, answers);
  const next = def.pages.slice(pageIndexOf(def, pageKey) + 1).find((page) => pages.has(page.key));
  return next?.key ?? null;
}

/** The previous shown page, or null on the first page. */
export function previousPageKey(def: SurveyDefinition, pageKey: string, answers: Answers): string | null {
  const { pages } = visibility(def, answers);
  const earlier = def.pages.slice(0, pageIndexOf(def, pageKey)).filter((page) => pages.has(page.key));
  return earlier.at(-1)?.key ?? null;
}

/** The first page is never conditional (it could only refer forwards), so this is always a page key. */
export function firstPageKey(def: SurveyDefinition): string {
  return def.pages[0].key;
}
