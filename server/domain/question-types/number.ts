import { z } from 'zod';
import { baseQuestionFields } from './base-question';
import { numericQuestionType } from './numeric-answer';

export const numberSchema = z
  .strictObject({
    ...baseQuestionFields,
    type: z.literal('number'),
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().default(false),
    unit: z.string().trim().min(1).max(20).optional(),
  })
  .superRefine((def, ctx) => {
    if (def.min !== undefined && def.max !== undefined && def.min > def.max) {
      ctx.addIssue({ code: 'custom', path: ['max'], message: 'Högsta värdet måste vara minst lika stort som det lägsta' });
    }
  });

export type NumberQuestion = z.infer<typeof numberSchema>;

export const number = numericQuestionType<NumberQuestion>({
  type: 'number',
  label: 'Tal',
  schema: numberSchema,
  rules: ({ min, max, integer, unit }) => ({ min, max, integer, unit }),
});
