import { z } from 'zod';
import { baseQuestionFields } from './base-question';
import { dontKnowCategory } from './choice-options';
import { pickOneQuestionType } from './pick-one';
import type { Category } from './types';

export const yesNoSchema = z.strictObject({
  ...baseQuestionFields,
  type: z.literal('yes_no'),
  allowDontKnow: z.boolean().default(true),
});

export type YesNoQuestion = z.infer<typeof yesNoSchema>;

const categories = (def: YesNoQuestion): Category[] => [
  { code: 'ja', label: 'Ja' },
  { code: 'nej', label: 'Nej' },
  ...(def.allowDontKnow ? [dontKnowCategory] : []),
];

export const yesNo = pickOneQuestionType<YesNoQuestion>({
  type: 'yes_no',
  label: 'Ja eller nej',
  schema: yesNoSchema,
  categories,
  numeric: false,
  aggregation: (def) => ({ kind: 'categorical', categories: categories(def) }),
});
