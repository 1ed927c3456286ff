import type { Page, Question, SurveyDefinition } from './definition-schema';

export interface PlacedQuestion {
  question: Question;
  page: Page;
  pageIndex: number;
  /** position in the whole survey, in answering order */
  order: number;
}

/** Every question in answering order, with its page. */
export function placedQuestions(def: SurveyDefinition): PlacedQuestion[] {
  const placed: PlacedQuestion[] = [];
  def.pages.forEach((page, pageIndex) => {
    for (const question of page.questions) placed.push({ question, page, pageIndex, order: placed.length });
  });
  return placed;
}

/** Key → placed question; with duplicate keys (refused by validation) the first one wins. */
export function questionsByKey(def: SurveyDefinition): Map<string, PlacedQuestion> {
  const byKey = new Map<string, PlacedQuestion>();
  for (const placed of placedQuestions(def)) if (!byKey.has(placed.question.key)) byKey.set(placed.question.key, placed);
  return byKey;
}

export function findPage(def: SurveyDefinition, pageKey: string): Page | undefined {
  return def.pages.find((page) => page.key === pageKey);
}
