import { z } from 'zod';
import { conditionSchema, keySchema } from '../question-types/base-question';
import { questionTypes } from '../question-types/registry';
import type { QuestionType } from '../question-types/types';

type DefinitionOf<T> = T extends QuestionType<infer D, any> ? D : never;
/** Union of every registered type's definition, discriminated by `type`. */
export type Question = DefinitionOf<(typeof questionTypes)[number]>;

// Every registered schema is a strict object with `type: z.literal(...)`; the cast only tells zod so.
const questionSchemas = questionTypes.map((type) => type.schema) as unknown as [z.ZodObject, ...z.ZodObject[]];
export const questionSchema = z.discriminatedUnion('type', questionSchemas) as unknown as z.ZodType<Question, unknown>;

export const pageSchema = z.strictObject({
  key: keySchema,
  title: z.string().trim().min(1).max(200),
  intro: z.string().trim().max(2000).optional(),
  showIf: conditionSchema.optional(),
  questions: z.array(questionSchema).max(60),
});

export const surveyDefinitionSchema = z.strictObject({
  title: z.string().trim().min(1).max(200),
  intro: z.string().trim().max(2000).optional(),
  pages: z.array(pageSchema).min(1).max(30),
});

export type Page = z.infer<typeof pageSchema>;
export type SurveyDefinition = z.infer<typeof surveyDefinitionSchema>;
export type { Condition, Rule } from '../question-types/base-question';
