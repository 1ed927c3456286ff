import type { Condition, Rule } from '../question-types/base-question';
import { isUnparsed } from '../question-types/form-fields';

/** Answers by question key; values follow the shape convention in question-types/types.ts. */
export type Answers = Record<string, unknown>;

interface ConditionFacts {
  codes: string[];
  num: number | null;
}

/** Own properties only: a question keyed "constructor" must not read Object.prototype. */
export function answerOf(answers: Answers, key: string): unknown {
  return Object.hasOwn(answers, key) ? answers[key] : undefined;
}

const NUMERIC_CODE = /^-?\d+(\.\d+)?$/;

/** What a rule can see of an answer: chosen codes and a number (scale codes are numbers too). */
export function conditionFacts(value: unknown): ConditionFacts {
  if (typeof value !== 'object' || value === null || isUnparsed(value)) return { codes: [], num: null };
  const { code, codes, num } = value as { code?: unknown; codes?: unknown; num?: unknown };
  const chosen = typeof code === 'string' ? [code] : Array.isArray(codes) ? codes.filter((c): c is string => typeof c === 'string') : [];
  if (typeof num === 'number') return { codes: chosen, num };
  const numeric = typeof code === 'string' && NUMERIC_CODE.test(code) ? Number(code) : null;
  return { codes: chosen, num: numeric };
}

const COMPARE = {
  lt: (a: number, b: number) => a < b,
  lte: (a: number, b: number) => a <= b,
  gt: (a: number, b: number) => a > b,
  gte: (a: number, b: number) => a >= b,
  eq: (a: number, b: number) => a === b,
  neq: (a: number, b: number) => a !== b,
};

/** A missing (or hidden, or unreadable) answer makes every rule false, `neq` included. */
export function evaluateRule(rule: Rule, answers: Answers): boolean {
  const facts = conditionFacts(answerOf(answers, rule.question));
  if (rule.op === 'in') return facts.codes.some((code) => rule.values.includes(code));
  return facts.num !== null && COMPARE[rule.op](facts.num, rule.value);
}

export function evaluateCondition(condition: Condition, answers: Answers): boolean {
  return condition.mode === 'all'
    ? condition.rules.every((rule) => evaluateRule(rule, answers))
    : condition.rules.some((rule) => evaluateRule(rule, answers));
}

/** A page or question without a condition is always shown. */
export function isVisible(node: { showIf?: Condition }, answers: Answers): boolean {
  return node.showIf === undefined || evaluateCondition(node.showIf, answers);
}

/**
 * Three-valued evaluation for rendering a page without JavaScript: rules on questions of the
 * same page are not yet known, so "unknown" means "show it, and say when to answer it".
 */
export function evaluateWithUnknowns(condition: Condition, answers: Answers, unknownKeys: ReadonlySet<string>): boolean | 'unknown' {
  const results = condition.rules.map((rule) => (unknownKeys.has(rule.question) ? 'unknown' : evaluateRule(rule, answers)));
  const decisive = condition.mode === 'all' ? false : true;
  if (results.includes(decisive)) return decisive;
  return results.includes('unknown') ? 'unknown' : !decisive;
}
