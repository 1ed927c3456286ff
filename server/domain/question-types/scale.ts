import { z } from 'zod';
import { baseQuestionFields } from './base-question';
import { dontKnowCategory } from './choice-options';
import { pickOneQuestionType } from './pick-one';
import type { Category } from './types';

export const scaleSchema = z
  .strictObject({
    ...baseQuestionFields,
    type: z.literal('scale'),
    min: z.number().int().min(0).max(10),
    max: z.number().int().min(1).max(11),
    minLabel: z.string().trim().min(1).max(100).optional(),
    maxLabel: z.string().trim().min(1).max(100).optional(),
    dontKnow: z.boolean().default(false),
  })
  .superRefine((def, ctx) => {
    if (def.max <= def.min) ctx.addIssue({ code: 'custom', path: ['max'], message: 'Skalans högsta värde måste vara större än det lägsta' });
  });

export type ScaleQuestion = z.infer<typeof scaleSchema>;

/** Codes are the numbers as strings ("1".."5") so `in` rules and GROUP BY treat them like any choice. */
function categories(def: ScaleQuestion): Category[] {
  const steps: Category[] = [];
  for (let value = def.min; value <= def.max; value += 1) {
    const end = value === def.min ? def.minLabel : value === def.max ? def.maxLabel : undefined;
    steps.push({ code: String(value), label: end ? `${value} – ${end}` : String(value) });
  }
  return def.dontKnow ? [...steps, dontKnowCategory] : steps;
}

const scaleType = pickOneQuestionType<ScaleQuestion>({
  type: 'scale',
  label: 'Skala',
  schema: scaleSchema,
  categories,
  numeric: true,
  aggregation: (def) => ({ kind: 'scale', categories: categories(def), min: def.min, max: def.max }),
});

/** The review page reads "3 på skalan 1 (Mycket dåligt) – 5 (Mycket bra)", never a bare number; the ends keep their label. */
function scaleAnswer(def: ScaleQuestion, value: { code: string }): string[] | null {
  const step = Number(value.code);
  if (!Number.isInteger(step) || step <= def.min || step >= def.max || (!def.minLabel && !def.maxLabel)) return null;
  const end = (n: number, label?: string) => (label ? `${n} (${label})` : String(n));
  return [`${step} på skalan ${end(def.min, def.minLabel)} – ${end(def.max, def.maxLabel)}`];
}

export const scale: typeof scaleType = {
  ...scaleType,
  formatAnswer: (def, value) => scaleAnswer(def, value) ?? scaleType.formatAnswer(def, value),
};
