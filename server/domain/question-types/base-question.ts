import { z } from 'zod';

/** Stable key of a page, question or matrix row: kept across versions and copies so waves compare. */
export const KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;
export const keySchema = z.string().regex(KEY_PATTERN, {
  message: 'Nyckeln ska börja med en liten bokstav och får bara innehålla a–z, 0–9 och _ (högst 40 tecken)',
});

/** Answer code of an option; used in SQL GROUP BY, so kept short and plain. */
export const CODE_PATTERN = /^[a-z0-9][a-z0-9_]{0,39}$/;
export const codeSchema = z.string().regex(CODE_PATTERN, {
  message: 'Koden får bara innehålla a–z, 0–9 och _ (högst 40 tecken)',
});

export const compareOps = ['lt', 'lte', 'gt', 'gte', 'eq', 'neq'] as const;
export type CompareOp = (typeof compareOps)[number];

const inRuleSchema = z.strictObject({
  question: keySchema,
  op: z.literal('in'),
  values: z.array(z.string().min(1)).min(1, { message: 'Välj minst ett värde i regeln' }),
});
const compareRuleSchema = z.strictObject({
  question: keySchema,
  op: z.enum(compareOps),
  value: z.number(),
});
export const ruleSchema = z.discriminatedUnion('op', [inRuleSchema, compareRuleSchema]);

export const conditionSchema = z.strictObject({
  mode: z.enum(['all', 'any']),
  rules: z.array(ruleSchema).min(1, { message: 'Villkoret behöver minst en regel' }).max(10),
});

export type Rule = z.infer<typeof ruleSchema>;
export type Condition = z.infer<typeof conditionSchema>;

/** Fields every question has; each type adds `type: z.literal(...)` and its own fields. */
export const baseQuestionFields = {
  key: keySchema,
  text: z.string().trim().min(1).max(500),
  help: z.string().trim().max(1000).optional(),
  required: z.boolean(),
  showIf: conditionSchema.optional(),
};

export interface BaseQuestion {
  key: string;
  type: string;
  text: string;
  help?: string;
  required: boolean;
  showIf?: Condition;
}

export const optionSchema = z.strictObject({ code: codeSchema, label: z.string().trim().min(1).max(200) });
export type ChoiceOption = z.infer<typeof optionSchema>;

/** Refinement shared by every type with options: codes must be unique within the question. */
export function refuseDuplicateCodes(codes: string[], ctx: z.RefinementCtx, path: (string | number)[]): void {
  const seen = new Set<string>();
  for (const code of codes) {
    if (seen.has(code)) ctx.addIssue({ code: 'custom', path, message: `Koden ”${code}” finns mer än en gång` });
    seen.add(code);
  }
}
