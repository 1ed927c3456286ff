import { z } from 'zod';
import { baseQuestionFields } from './base-question';
import { baseView, type InfoBlockView } from './question-view';
import type { QuestionType } from './types';

export const infoBlockSchema = z.strictObject({
  ...baseQuestionFields,
  type: z.literal('info_block'),
  // An information text is longer than a question and can never be required.
  text: z.string().trim().min(1).max(2000),
  required: z.literal(false).default(false),
});

export type InfoBlockQuestion = z.infer<typeof infoBlockSchema>;

/** Plain paragraphs separated by a blank line: no markdown, so nothing to sanitise. */
export const paragraphsOf = (text: string): string[] =>
  text.split(/\n\s*\n/).map((part) => part.trim()).filter((part) => part !== '');

export const infoBlock: QuestionType<InfoBlockQuestion, never> = {
  type: 'info_block',
  label: 'Informationstext',
  hasAnswer: false,
  schema: infoBlockSchema,
  parse: () => undefined,
  validate: () => null,
  view(def, _value, _error): InfoBlockView {
    return { ...baseView(def, 'info-block', null), partial: 'info-block', paragraphs: paragraphsOf(def.text) };
  },
  toRows: () => [],
  aggregation: () => ({ kind: 'none' }),
  exportColumns: () => [],
  conditionSupport: () => ({ codes: [], numeric: false }),
  formatAnswer: () => [],
};
