import { formatSwedishNumber } from '../question-types/number-parsing';
import { questionTypeOf } from '../question-types/registry';
import type { CompareOp, Condition, Rule } from '../question-types/base-question';
import type { PlacedQuestion } from './definition-index';

export const OP_WORDS: Record<CompareOp, string> = {
  lt: 'mindre än',
  lte: 'högst',
  gt: 'större än',
  gte: 'minst',
  eq: 'lika med',
  neq: 'inte lika med',
};

function describeRule(rule: Rule, byKey: Map<string, PlacedQuestion>): string {
  const target = byKey.get(rule.question)?.question;
  const name = `”${target?.text ?? rule.question}”`;
  if (rule.op !== 'in') return `svaret på ${name} är ${OP_WORDS[rule.op]} ${formatSwedishNumber(rule.value)}`;
  const codes = target ? questionTypeOf(target).conditionSupport(target).codes : [];
  const labels = rule.values.map((value) => `”${codes.find((code) => code.code === value)?.label ?? value}”`);
  return `du har svarat ${labels.join(' eller ')} på ${name}`;
}

/** The condition in words, e.g. for a question shown without JavaScript: "Svara bara om du har svarat ”Ja” på …". */
export function describeCondition(condition: Condition, byKey: Map<string, PlacedQuestion>): string {
  const parts = condition.rules.map((rule) => describeRule(rule, byKey));
  return `Svara bara om ${parts.join(condition.mode === 'all' ? ' och ' : ' eller ')}.`;
}
