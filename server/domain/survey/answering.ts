import { isUnparsed } from '../question-types/form-fields';
import { inputId } from '../question-types/question-view';
import { questionTypeOf } from '../question-types/registry';
import type { AnswerRow, FormFields } from '../question-types/types';
import { answerOf, type Answers } from './conditions';
import { findPage, placedQuestions } from './definition-index';
import type { Question, SurveyDefinition } from './definition-schema';
import { visibility } from './visibility';

export { pruneHidden, visiblePages, nextPageKey, previousPageKey, firstPageKey, visibility } from './visibility';
export { pageViews, reviewItems } from './page-views';
export type { PageView, ReviewItem } from './page-views';
export type { Answers } from './conditions';

export interface PageError {
  key: string;
  /** id to link to from the error summary (`#${fieldId}`) */
  fieldId: string;
  message: string;
}

export interface AnswerError extends PageError {
  pageKey: string;
}

/** A stored answer row with the question it belongs to. */
export interface QuestionAnswerRow extends AnswerRow {
  question: string;
}

function questionError(question: Question, value: unknown): PageError | null {
  const type = questionTypeOf(question);
  const message = type.validate(question, value, question.required);
  if (!message) return null;
  return { key: question.key, fieldId: type.errorFieldId?.(question, value) ?? inputId(question.key), message: namingQuestion(message, question.text) };
}

/** Error messages name their question, so the error summary reads on its own ("… (frågan ”Finns det brist?”)"). */
function namingQuestion(message: string, text: string): string {
  const name = Array.from(text.trim()).length > 80 ? `${Array.from(text.trim()).slice(0, 79).join('').trimEnd()}…` : text.trim();
  return `${message.replace(/\.$/, '')} (frågan ”${name}”)`;
}

/**
 * Reads one posted page. Its questions' answers replace the earlier ones, then hidden answers are
 * dropped and only questions visible with the merged answers are validated (a condition may depend
 * on a question earlier on the same page). When there are errors, `answers` holds what was typed
 * so the page can be shown again: save it only when `errors` is empty.
 */
export function parsePage(
  def: SurveyDefinition,
  pageKey: string,
  fields: FormFields,
  previousAnswers: Answers,
): { answers: Answers; errors: PageError[] } {
  const page = findPage(def, pageKey);
  if (!page) throw new Error(`Unknown page: ${pageKey}`);
  const merged: Answers = { ...previousAnswers };
  for (const question of page.questions) {
    const type = questionTypeOf(question);
    if (!type.hasAnswer) continue;
    delete merged[question.key];
    const value = type.parse(question, fields);
    if (value !== undefined) merged[question.key] = value;
  }
  const seen = visibility(def, merged);
  const errors = page.questions
    .filter((question) => seen.questions.has(question.key))
    .map((question) => questionError(question, answerOf(seen.answers, question.key)))
    .filter((error): error is PageError => error !== null);
  return { answers: seen.answers, errors };
}

/** Every visible question checked again, e.g. at submit: required answers present, values valid. */
export function validateAnswers(def: SurveyDefinition, answers: Answers): AnswerError[] {
  const seen = visibility(def, answers);
  const errors: AnswerError[] = [];
  for (const { question, page } of placedQuestions(def)) {
    if (!seen.questions.has(question.key)) continue;
    const error = questionError(question, answerOf(seen.answers, question.key));
    if (error) errors.push({ ...error, pageKey: page.key });
  }
  return errors;
}

/** Normalised rows of the visible answers, for storage. Call validateAnswers first. */
export function answerRows(def: SurveyDefinition, answers: Answers): QuestionAnswerRow[] {
  const seen = visibility(def, answers);
  return placedQuestions(def).flatMap(({ question }) => {
    const value = answerOf(seen.answers, question.key);
    if (value === undefined || isUnparsed(value)) return [];
    return questionTypeOf(question).toRows(question, value).map((row) => ({ question: question.key, ...row }));
  });
}
