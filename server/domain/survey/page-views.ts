import { fieldName, isUnparsed } from '../question-types/form-fields';
import type { Condition } from '../question-types/base-question';
import type { LiveCondition, QuestionView } from '../question-types/question-view';
import { questionTypeOf } from '../question-types/registry';
import { describeCondition } from './condition-text';
import { answerOf, evaluateRule, evaluateWithUnknowns, type Answers } from './conditions';
import { findPage, placedQuestions, questionsByKey } from './definition-index';
import type { SurveyDefinition } from './definition-schema';
import { visibility } from './visibility';

export interface PageView {
  key: string;
  title: string;
  intro: string | null;
  /** 1-based position among the pages this respondent sees */
  number: number;
  total: number;
  questions: QuestionView[];
}

export interface ReviewItem {
  pageKey: string;
  pageTitle: string;
  key: string;
  text: string;
  answered: boolean;
  /** readable answer, one line per part (matrix row, chosen option); "Inte besvarad" when empty */
  answer: string[];
}

/**
 * Data for rendering one page (answering and the designer's preview). A question whose condition
 * depends on this same page is shown with its condition in words, since without JavaScript the
 * page cannot change while it is filled in; parsePage then ignores it if the condition is false.
 */
export function pageViews(
  def: SurveyDefinition,
  pageKey: string,
  answers: Answers,
  errors: readonly { key: string; message: string }[],
): PageView {
  const page = findPage(def, pageKey);
  if (!page) throw new Error(`Unknown page: ${pageKey}`);
  const seen = visibility(def, answers);
  const byKey = questionsByKey(def);
  const shownOnPage = new Set<string>();
  const questions = page.questions.map((question) => {
    const error = errors.find((e) => e.key === question.key)?.message ?? null;
    const view = questionTypeOf(question).view(question, answerOf(answers, question.key), error);
    const decided = question.showIf ? evaluateWithUnknowns(question.showIf, seen.answers, shownOnPage) : true;
    if (decided !== false) shownOnPage.add(question.key);
    const conditionText = decided === 'unknown' && question.showIf ? describeCondition(question.showIf, byKey) : null;
    const describedBy = conditionText ? [view.conditionId, view.describedBy].filter(Boolean).join(' ') : view.describedBy;
    const liveCondition = decided === 'unknown' && question.showIf ? toLive(question.showIf, seen.answers, shownOnPage) : null;
    return { ...view, visible: decided !== false, conditionText, describedBy, liveCondition };
  });
  const shownPages = def.pages.filter((p) => seen.pages.has(p.key) || p.key === pageKey);
  return {
    key: page.key,
    title: page.title,
    intro: page.intro ?? null,
    number: shownPages.findIndex((p) => p.key === pageKey) + 1,
    total: shownPages.length,
    questions,
  };
}

/** A same-page condition for the browser: rules on this page name their form field, the others are decided. */
function toLive(condition: Condition, answers: Answers, onPage: ReadonlySet<string>): LiveCondition {
  return {
    mode: condition.mode,
    rules: condition.rules.map((rule) => (onPage.has(rule.question) ? { ...rule, question: undefined, field: fieldName(rule.question) } : { known: evaluateRule(rule, answers) })),
  } as LiveCondition;
}

/** Every visible question with its answer in words, for the page before submitting. */
export function reviewItems(def: SurveyDefinition, answers: Answers): ReviewItem[] {
  const seen = visibility(def, answers);
  return placedQuestions(def)
    .filter(({ question }) => seen.questions.has(question.key) && questionTypeOf(question).hasAnswer)
    .map(({ question, page }) => {
      const value = answerOf(seen.answers, question.key);
      const answered = value !== undefined && !isUnparsed(value);
      return {
        pageKey: page.key,
        pageTitle: page.title,
        key: question.key,
        text: question.text,
        answered,
        answer: answered ? questionTypeOf(question).formatAnswer(question, value) : ['Inte besvarad'],
      };
    });
}
