import { z } from 'zod';
import { baseQuestionFields } from './base-question';
import { textQuestionType } from './text-answer';

export const longTextSchema = z.strictObject({
  ...baseQuestionFields,
  type: z.literal('long_text'),
  maxLength: z.number().int().min(1).max(10000).default(2000),
});

export type LongTextQuestion = z.infer<typeof longTextSchema>;

export const longText = textQuestionType<LongTextQuestion>({
  type: 'long_text',
  label: 'Lång text',
  schema: longTextSchema,
  maxLength: (def) => def.maxLength,
  multiline: true,
});
