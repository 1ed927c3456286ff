import type { Condition, Question, SurveyDefinition } from '../../../domain/survey/definition';
import { questionKeys, uniqueKey } from '../../../domain/survey/keys';
import { copyOf, findPageOrThrow, placeOf } from './locate';

export type Direction = 'up' | 'down';

export function addQuestion(def: SurveyDefinition, pageKey: string, question: Question): SurveyDefinition {
  const next = copyOf(def);
  findPageOrThrow(next, pageKey).questions.push(question);
  return next;
}

/** Same place, new content; the key and the condition are kept unless the new question sets them. */
export function replaceQuestion(def: SurveyDefinition, key: string, question: Question): SurveyDefinition {
  const next = copyOf(def);
  const place = placeOf(next, key);
  const kept = !question.showIf && place.question.showIf ? { ...question, showIf: place.question.showIf } : question;
  next.pages[place.pageIndex]!.questions[place.index] = kept;
  return next;
}

export function removeQuestion(def: SurveyDefinition, key: string): SurveyDefinition {
  const next = copyOf(def);
  const place = placeOf(next, key);
  next.pages[place.pageIndex]!.questions.splice(place.index, 1);
  return next;
}

/** A copy right after the original, with a new key (copied answers must never be mixed with the original's). */
export function duplicateQuestion(def: SurveyDefinition, key: string): { definition: SurveyDefinition; key: string } {
  const next = copyOf(def);
  const place = placeOf(next, key);
  const newKey = uniqueKey(`${key}_kopia`, questionKeys(next), 'fraga');
  next.pages[place.pageIndex]!.questions.splice(place.index + 1, 0, { ...structuredClone(place.question), key: newKey });
  return { definition: next, key: newKey };
}

/** One step up or down; at the edge of a page the question moves to the end (or start) of the next page. */
export function moveQuestion(def: SurveyDefinition, key: string, direction: Direction): SurveyDefinition {
  const next = copyOf(def);
  const { pageIndex, index, question } = placeOf(next, key);
  const list = next.pages[pageIndex]!.questions;
  const target = direction === 'up' ? index - 1 : index + 1;
  if (target >= 0 && target < list.length) {
    [list[index], list[target]] = [list[target]!, list[index]!];
    return next;
  }
  const otherPage = next.pages[direction === 'up' ? pageIndex - 1 : pageIndex + 1];
  if (!otherPage) return next;
  list.splice(index, 1);
  if (direction === 'up') otherPage.questions.push(question);
  else otherPage.questions.unshift(question);
  return next;
}

export function setQuestionCondition(def: SurveyDefinition, key: string, condition: Condition | undefined): SurveyDefinition {
  const next = copyOf(def);
  const { question } = placeOf(next, key);
  if (condition) question.showIf = condition;
  else delete question.showIf;
  return next;
}
