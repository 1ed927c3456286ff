import { compareOps, type CompareOp } from '../../domain/question-types/base-question';
import { parseSwedishNumber } from '../../domain/question-types/number-parsing';
import type { Condition, Rule } from '../../domain/survey/definition';
import type { FieldErrors } from '../field-errors';

export const MIN_RULE_ROWS = 3;

/** One rule row as typed: question key, operator, chosen codes, number text. */
export interface RuleValues { question: string; op: string; values: string[]; value: string }
export interface ConditionValues { mode: 'all' | 'any'; rules: RuleValues[] }

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : Array.isArray(v) && typeof v[0] === 'string' ? v[0].trim() : '');
const list = (v: unknown): string[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string' && x !== '');

/** The rows as posted (blank rows included, so the form shows them again). */
export function conditionValues(body: Record<string, unknown>): ConditionValues {
  const rules: RuleValues[] = [];
  for (let i = 0; i < 10; i += 1) {
    if (!(`rules.${i}.question` in body)) break;
    rules.push({ question: text(body[`rules.${i}.question`]), op: text(body[`rules.${i}.op`]), values: list(body[`rules.${i}.values`]), value: text(body[`rules.${i}.value`]) });
  }
  return { mode: body.mode === 'any' ? 'any' : 'all', rules };
}

export function valuesFromCondition(condition: Condition | undefined): ConditionValues {
  const rules = (condition?.rules ?? []).map((rule): RuleValues => rule.op === 'in'
    ? { question: rule.question, op: 'in', values: rule.values, value: '' }
    : { question: rule.question, op: rule.op, values: [], value: String(rule.value).replace('.', ',') });
  return { mode: condition?.mode ?? 'all', rules };
}

const isCompare = (op: string): op is CompareOp => (compareOps as readonly string[]).includes(op);

/**
 * Rules from the rows that name a question. Whether the question is earlier and the operator fits its type is
 * checked with the whole definition (validateDefinition), which gives the clear message for forward references.
 */
export function parseCondition(values: ConditionValues): { ok: true; condition: Condition } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const rules: Rule[] = [];
  values.rules.forEach((row, i) => {
    if (!row.question) return;
    if (row.op === 'in') {
      if (row.values.length === 0) errors[`rules.${i}.values`] = `Regel ${i + 1}: Välj minst ett svarsalternativ`;
      else rules.push({ question: row.question, op: 'in', values: row.values });
    } else if (isCompare(row.op)) {
      const num = parseSwedishNumber(row.value);
      if (num === null) errors[`rules.${i}.value`] = `Regel ${i + 1}: Ange ett tal att jämföra med`;
      else rules.push({ question: row.question, op: row.op, value: num });
    } else if (row.op === '') errors[`rules.${i}.question`] = `Regel ${i + 1}: Tryck på ”Visa svarsalternativ” och välj sedan vilka svar som ska gälla`;
    else errors[`rules.${i}.op`] = `Regel ${i + 1}: Välj hur svaret ska jämföras`;
  });
  if (rules.length === 0 && Object.keys(errors).length === 0) {
    errors['rules.0.question'] = 'Välj en fråga i minst en regel, eller ta bort villkoret';
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, condition: { mode: values.mode, rules } };
}
