import { z } from 'zod';
import { baseQuestionFields } from './base-question';
import { numericQuestionType } from './numeric-answer';

export const percentSchema = z.strictObject({
  ...baseQuestionFields,
  type: z.literal('percent'),
});

export type PercentQuestion = z.infer<typeof percentSchema>;

export const percent = numericQuestionType<PercentQuestion>({
  type: 'percent',
  label: 'Procent',
  schema: percentSchema,
  rules: () => ({ min: 0, max: 100, integer: false, unit: '%' }),
  acceptedSuffix: '%',
});
