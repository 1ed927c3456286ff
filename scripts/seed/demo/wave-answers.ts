import { questionTypeOf } from '../../../server/domain/question-types/registry';
import type { Category } from '../../../server/domain/question-types/types';
import { placedQuestions } from '../../../server/domain/survey/definition-index';
import { pruneHidden, validateAnswers, type Answers } from '../../../server/domain/survey/answering';
import type { SurveyDefinition } from '../../../server/domain/survey/definition';
import type { Rng } from '../demo-data/random';

const COMMENTS = [
  'Svårast att hitta vikarier med körkort till hemtjänsten på landsbygden.',
  'Vi har erbjudit extra ersättning för att flytta semester, vilket hjälpte något.',
  'Sjuksköterskebristen är det som oroar mest, särskilt på särskilt boende.',
  'Sommaren gick bättre än vi befarade tack vare att många timanställda stannade.',
  'Vi har samarbetat med grannkommunen om bemanningen nattetid.',
];

/** An ordered choice leaning towards the end of the list by `lean` (0–1); "vet ej" now and then. */
function choose(rng: Rng, categories: Category[], lean: number): string {
  const known = categories.filter((c) => !c.dontKnow && !c.other && !c.exclusive);
  const dontKnow = categories.find((c) => c.dontKnow);
  if (dontKnow && rng() < 0.05) return dontKnow.code;
  const spread = (rng() + rng()) / 2 - 0.5;
  const at = Math.round(Math.min(1, Math.max(0, lean + spread)) * (known.length - 1));
  return known[at]!.code;
}

/**
 * Plausible fictitious answers to any survey, built from each question type's aggregation shape, so the demo
 * answers go through the same validation and submit path as real ones. `lean` (0–1) pushes ordered answers
 * towards the later options ("stor brist", "mycket svårare"): higher in Norrland, as in the 2025 lägesbilder.
 */
export function fictitiousAnswers(def: SurveyDefinition, rng: Rng, lean: number): Answers {
  const answers: Answers = {};
  for (const { question } of placedQuestions(def)) {
    const spec = questionTypeOf(question).aggregation(question);
    if (spec.kind === 'categorical' || spec.kind === 'scale') answers[question.key] = { code: choose(rng, spec.categories, lean) };
    else if (spec.kind === 'matrix') answers[question.key] = { rows: Object.fromEntries(spec.rows.map((r) => [r.key, choose(rng, spec.categories, lean)])) };
    else if (spec.kind === 'multi') {
      const limits = question as { minSelections?: number; maxSelections?: number };
      const listed = spec.categories.filter((c) => !c.other && !c.exclusive && !c.dontKnow);
      const codes = listed.filter(() => rng() < 0.45).map((c) => c.code).slice(0, limits.maxSelections ?? listed.length);
      for (const c of listed) if (codes.length < (limits.minSelections ?? 1) && !codes.includes(c.code)) codes.push(c.code);
      answers[question.key] = { codes };
    } else if (spec.kind === 'numeric') {
      const min = spec.min ?? 0;
      const max = Math.min(spec.max ?? 100, min + (spec.unit === '%' ? 100 : 120));
      const value = min + (max - min) * Math.min(1, Math.max(0, (1 - lean) * 0.9 + (rng() - 0.5) * 0.5));
      answers[question.key] = { num: spec.integer ? Math.round(value) : Math.round(value * 10) / 10 };
    } else if (spec.kind === 'text' && (question.required || rng() < 0.3)) answers[question.key] = { text: COMMENTS[Math.floor(rng() * COMMENTS.length)]! };
  }
  const pruned = pruneHidden(def, answers);
  const errors = validateAnswers(def, pruned);
  if (errors.length) throw new Error(`demo answers invalid: ${errors.map((e) => `${e.key}: ${e.message}`).join('; ')}`);
  return pruned;
}
