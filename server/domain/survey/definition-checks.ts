import type { Condition, Rule } from '../question-types/base-question';
import { questionTypeOf } from '../question-types/registry';
import { findConditionCycle } from './condition-cycles';
import { OP_WORDS } from './condition-text';
import { placedQuestions, questionsByKey, type PlacedQuestion } from './definition-index';
import { locate } from './definition-messages';
import type { SurveyDefinition } from './definition-schema';

function keyProblems(def: SurveyDefinition): string[] {
  const problems: string[] = [];
  const pageKeys = new Set<string>();
  def.pages.forEach((page, pageIndex) => {
    if (pageKeys.has(page.key)) problems.push(`${locate(pageIndex)}: Sidnyckeln ”${page.key}” används redan av en annan sida`);
    pageKeys.add(page.key);
  });
  const seen = new Map<string, number>();
  for (const { question, pageIndex } of placedQuestions(def)) {
    const where = locate(pageIndex, question.key);
    const earlier = seen.get(question.key);
    if (earlier !== undefined) problems.push(`${where}: Nyckeln används redan av en fråga på sida ${earlier + 1}`);
    else seen.set(question.key, pageIndex);
    // Form fields are q_<key>, q_<key>_other and q_<key>__<row>: these keys would collide with them.
    if (question.key.includes('__')) problems.push(`${where}: Nyckeln får inte innehålla två understreck i rad (__)`);
  }
  for (const key of seen.keys()) {
    if (key.endsWith('_other') && seen.has(key.slice(0, -'_other'.length))) {
      problems.push(`${locate(seen.get(key)!, key)}: Nyckeln krockar med fältet för ”Annat” i fråga ”${key.slice(0, -6)}”; välj en annan nyckel`);
    }
  }
  return problems;
}

/** Problems of one rule, checked against the question it names and where the condition sits. */
function ruleProblem(rule: Rule, target: PlacedQuestion | undefined, isBefore: (t: PlacedQuestion) => boolean, selfKey?: string): string | null {
  if (!target) return `Villkoret hänvisar till en fråga som inte finns: ”${rule.question}”`;
  if (rule.question === selfKey) return 'Villkoret kan bara hänvisa till en tidigare fråga; frågan hänvisar till sig själv (en cykel)';
  if (!isBefore(target)) {
    return `Villkoret kan bara hänvisa till en tidigare fråga; ”${rule.question}” kommer senare (sida ${target.pageIndex + 1})`;
  }
  const type = questionTypeOf(target.question);
  if (!type.hasAnswer) return `Villkoret hänvisar till ”${rule.question}”, som är en ${type.label.toLowerCase()} utan svar`;
  const support = type.conditionSupport(target.question);
  if (rule.op === 'in') {
    if (support.codes.length === 0) {
      const hint = support.numeric ? '; jämför med ett tal i stället' : '';
      return `”Har svarat något av” går inte att använda på ”${rule.question}” (${type.label})${hint}`;
    }
    const unknown = rule.values.filter((value) => !support.codes.some((code) => code.code === value));
    if (unknown.length > 0) {
      const allowed = support.codes.map((code) => code.code).join(', ');
      return `Koden ”${unknown.join('”, ”')}” finns inte bland svarsalternativen i ”${rule.question}” (tillåtna: ${allowed})`;
    }
    return null;
  }
  if (!support.numeric) {
    return `Jämförelsen ”${OP_WORDS[rule.op]}” passar inte ”${rule.question}” (${type.label}), som inte har ett tal som svar; välj svarsalternativ i stället`;
  }
  return null;
}

function conditionProblems(def: SurveyDefinition): string[] {
  const byKey = questionsByKey(def);
  const problems: string[] = [];
  const check = (condition: Condition | undefined, where: string, isBefore: (t: PlacedQuestion) => boolean, selfKey?: string) => {
    for (const rule of condition?.rules ?? []) {
      const problem = ruleProblem(rule, byKey.get(rule.question), isBefore, selfKey);
      if (problem) problems.push(`${where}: ${problem}`);
    }
  };
  def.pages.forEach((page, pageIndex) => {
    // A page is shown or skipped before its own questions are answered.
    check(page.showIf, locate(pageIndex), (target) => target.pageIndex < pageIndex);
  });
  for (const placed of placedQuestions(def)) {
    const { question, pageIndex, order } = placed;
    check(question.showIf, locate(pageIndex, question.key), (target) => target.order < order, question.key);
  }
  return problems;
}

/** Checks the schema cannot express. Assumes the definition passed the schema. */
export function definitionProblems(def: SurveyDefinition): string[] {
  const problems = [...keyProblems(def), ...conditionProblems(def)];
  const cycle = findConditionCycle(def);
  if (cycle) problems.push(`Villkoren bildar en cykel: ${cycle.join(' → ')}. Ett villkor kan bara hänvisa till en tidigare fråga`);
  return problems;
}
