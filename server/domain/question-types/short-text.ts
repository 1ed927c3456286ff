import { z } from 'zod';
import { baseQuestionFields } from './base-question';
import { textQuestionType } from './text-answer';

export const SHORT_TEXT_MAX = 200;

export const shortTextSchema = z.strictObject({
  ...baseQuestionFields,
  type: z.literal('short_text'),
});

export type ShortTextQuestion = z.infer<typeof shortTextSchema>;

export const shortText = textQuestionType<ShortTextQuestion>({
  type: 'short_text',
  label: 'Kort text',
  schema: shortTextSchema,
  maxLength: () => SHORT_TEXT_MAX,
  multiline: false,
});
