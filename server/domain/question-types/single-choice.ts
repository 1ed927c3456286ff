import { z } from 'zod';
import { baseQuestionFields, optionSchema, refuseDuplicateCodes } from './base-question';
import { codesWithOther, otherCategory, otherOptionSchema } from './choice-options';
import { pickOneQuestionType } from './pick-one';

export const singleChoiceSchema = z
  .strictObject({
    ...baseQuestionFields,
    type: z.literal('single_choice'),
    options: z.array(optionSchema).min(2).max(30),
    otherOption: otherOptionSchema,
  })
  .superRefine((def, ctx) => {
    refuseDuplicateCodes(codesWithOther(def.options, def.otherOption), ctx, ['options']);
  });

export type SingleChoiceQuestion = z.infer<typeof singleChoiceSchema>;

const categories = (def: SingleChoiceQuestion) => [
  ...def.options.map(({ code, label }) => ({ code, label })),
  ...otherCategory(def.otherOption),
];

export const singleChoice = pickOneQuestionType<SingleChoiceQuestion>({
  type: 'single_choice',
  label: 'Ett svarsalternativ',
  schema: singleChoiceSchema,
  categories,
  numeric: false,
  otherOption: (def) => def.otherOption,
  aggregation: (def) => ({ kind: 'categorical', categories: categories(def) }),
});
