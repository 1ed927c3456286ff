import type { Page, Question, SurveyDefinition } from '../../../domain/survey/definition';

/** The change names a page or question the draft does not have (a stale or forged form). */
export class MissingItemError extends Error {}

export function copyOf(def: SurveyDefinition): SurveyDefinition {
  return structuredClone(def);
}

export function pageIndexOf(def: SurveyDefinition, pageKey: string): number {
  const index = def.pages.findIndex((page) => page.key === pageKey);
  if (index === -1) throw new MissingItemError(`page ${pageKey}`);
  return index;
}

export function findPageOrThrow(def: SurveyDefinition, pageKey: string): Page {
  return def.pages[pageIndexOf(def, pageKey)]!;
}

export interface QuestionPlace { pageIndex: number; index: number; question: Question }

export function placeOf(def: SurveyDefinition, key: string): QuestionPlace {
  for (const [pageIndex, page] of def.pages.entries()) {
    const index = page.questions.findIndex((question) => question.key === key);
    if (index !== -1) return { pageIndex, index, question: page.questions[index]! };
  }
  throw new MissingItemError(`question ${key}`);
}

/** Keys of the questions whose condition (or whose page's condition) names `key`. */
export function dependentsOf(def: SurveyDefinition, key: string): string[] {
  const names = (node: { showIf?: { rules: { question: string }[] } }) => node.showIf?.rules.some((rule) => rule.question === key) ?? false;
  return def.pages.flatMap((page) => [
    ...(names(page) ? [`sidan ”${page.title}”`] : []),
    ...page.questions.filter(names).map((question) => `frågan ”${question.text}”`),
  ]);
}
