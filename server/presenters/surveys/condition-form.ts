import type { ChoiceOption } from '../../domain/question-types/base-question';
import { questionTypeOf } from '../../domain/question-types/registry';
import { OP_WORDS } from '../../domain/survey/condition-text';
import { placedQuestions } from '../../domain/survey/definition-index';
import type { SurveyDefinition } from '../../domain/survey/definition';
import { MIN_RULE_ROWS, type ConditionValues } from '../../inputs/surveys/condition';

interface Candidate { key: string; text: string; codes: ChoiceOption[]; numeric: boolean }

/** What a condition may refer to: answerable questions before the question, or on pages before the page. */
export function conditionCandidates(def: SurveyDefinition, target: { question: string } | { page: string }): Candidate[] {
  const placed = placedQuestions(def);
  const pageIndex = 'page' in target ? def.pages.findIndex((page) => page.key === target.page) : -1;
  const before = 'question' in target
    ? placed.slice(0, Math.max(placed.findIndex((p) => p.question.key === target.question), 0))
    : placed.filter((p) => p.pageIndex < pageIndex);
  return before.flatMap(({ question }) => {
    const type = questionTypeOf(question);
    if (!type.hasAnswer) return [];
    const support = type.conditionSupport(question);
    return support.codes.length > 0 || support.numeric ? [{ key: question.key, text: question.text, ...support }] : [];
  });
}

const IN_WORDS = 'har svarat något av';

/** One row per rule (at least three, and always one blank row up to ten), each with the controls its chosen question needs. */
export function conditionRows(candidates: Candidate[], values: ConditionValues) {
  const filled = values.rules.filter((rule) => rule.question !== '').length;
  const count = Math.min(10, Math.max(MIN_RULE_ROWS, values.rules.length, filled + 1));
  const questionOptions = [{ value: '', label: '(ingen regel)' }, ...candidates.map((c) => ({ value: c.key, label: `${c.text} (${c.key})` }))];
  return Array.from({ length: count }, (_, i) => {
    const row = values.rules[i] ?? { question: '', op: '', values: [], value: '' };
    const chosen = candidates.find((c) => c.key === row.question) ?? null;
    const ops = chosen ? [...(chosen.codes.length ? [{ value: 'in', label: IN_WORDS }] : []), ...(chosen.numeric ? Object.entries(OP_WORDS).map(([value, label]) => ({ value, label: `är ${label}` })) : [])] : [];
    const op = row.op || (chosen?.codes.length ? 'in' : 'gte');
    return {
      index: i,
      number: i + 1,
      questionOptions,
      question: row.question,
      chosenText: chosen?.text ?? null,
      ops,
      op,
      codes: chosen?.codes.map((c) => ({ value: c.code, label: c.label })) ?? [],
      values: row.values,
      numeric: chosen?.numeric ?? false,
      value: row.value,
    };
  });
}
