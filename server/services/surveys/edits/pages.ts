import type { Condition, SurveyDefinition } from '../../../domain/survey/definition';
import { pageKeys, questionKeys, uniqueKey } from '../../../domain/survey/keys';
import { copyOf, findPageOrThrow, pageIndexOf } from './locate';
import type { Direction } from './questions';

export interface PageText { title: string; intro?: string }

export function addPage(def: SurveyDefinition, text: PageText): { definition: SurveyDefinition; key: string } {
  const next = copyOf(def);
  const key = uniqueKey(text.title, pageKeys(next), 'sida');
  next.pages.push({ key, ...text, questions: [] });
  return { definition: next, key };
}

export function updatePage(def: SurveyDefinition, pageKey: string, text: PageText): SurveyDefinition {
  const next = copyOf(def);
  const page = findPageOrThrow(next, pageKey);
  page.title = text.title;
  if (text.intro) page.intro = text.intro;
  else delete page.intro;
  return next;
}

export function removePage(def: SurveyDefinition, pageKey: string): SurveyDefinition {
  const next = copyOf(def);
  next.pages.splice(pageIndexOf(next, pageKey), 1);
  return next;
}

export function movePage(def: SurveyDefinition, pageKey: string, direction: Direction): SurveyDefinition {
  const next = copyOf(def);
  const index = pageIndexOf(next, pageKey);
  const target = direction === 'up' ? index - 1 : index + 1;
  if (target < 0 || target >= next.pages.length) return next;
  [next.pages[index], next.pages[target]] = [next.pages[target]!, next.pages[index]!];
  return next;
}

/** A copy after the original: every question gets a new key, and conditions within the page follow the new keys. */
export function duplicatePage(def: SurveyDefinition, pageKey: string): { definition: SurveyDefinition; key: string } {
  const next = copyOf(def);
  const index = pageIndexOf(next, pageKey);
  const copy = structuredClone(next.pages[index]!);
  const taken = questionKeys(next);
  const renamed = new Map<string, string>();
  for (const question of copy.questions) {
    const key = uniqueKey(`${question.key}_kopia`, taken, 'fraga');
    taken.add(key);
    renamed.set(question.key, key);
    question.key = key;
  }
  for (const question of copy.questions) {
    for (const rule of question.showIf?.rules ?? []) rule.question = renamed.get(rule.question) ?? rule.question;
  }
  copy.key = uniqueKey(`${copy.key}_kopia`, pageKeys(next), 'sida');
  copy.title = `${copy.title} (kopia)`;
  next.pages.splice(index + 1, 0, copy);
  return { definition: next, key: copy.key };
}

export function setPageCondition(def: SurveyDefinition, pageKey: string, condition: Condition | undefined): SurveyDefinition {
  const next = copyOf(def);
  const page = findPageOrThrow(next, pageKey);
  if (condition) page.showIf = condition;
  else delete page.showIf;
  return next;
}
