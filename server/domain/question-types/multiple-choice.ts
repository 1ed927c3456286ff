import { z } from 'zod';
import { baseQuestionFields, codeSchema, refuseDuplicateCodes } from './base-question';
import {
  answerLabel,
  asConditionCodes,
  checkOtherText,
  codesWithOther,
  optionViews,
  otherCategory,
  otherOptionSchema,
  otherTextColumn,
  otherTextView,
} from './choice-options';
import { fieldName, isUnparsed, otherFieldName, readMany, readOne } from './form-fields';
import { baseView, type ChoiceView } from './question-view';
import type { Category, QuestionType } from './types';

const multiOptionSchema = z.strictObject({
  code: codeSchema,
  label: z.string().trim().min(1).max(200),
  exclusive: z.boolean().optional(),
});

export const multipleChoiceSchema = z
  .strictObject({
    ...baseQuestionFields,
    type: z.literal('multiple_choice'),
    options: z.array(multiOptionSchema).min(2).max(30),
    otherOption: otherOptionSchema,
    minSelections: z.number().int().min(1).optional(),
    maxSelections: z.number().int().min(1).optional(),
  })
  .superRefine((def, ctx) => {
    const codes = codesWithOther(def.options, def.otherOption);
    refuseDuplicateCodes(codes, ctx, ['options']);
    if (def.minSelections !== undefined && def.maxSelections !== undefined && def.minSelections > def.maxSelections) {
      ctx.addIssue({ code: 'custom', path: ['minSelections'], message: 'Minsta antal val får inte vara större än högsta antal' });
    }
    if ((def.maxSelections ?? 0) > codes.length || (def.minSelections ?? 0) > codes.length) {
      ctx.addIssue({ code: 'custom', path: ['maxSelections'], message: 'Antalet val kan inte vara större än antalet alternativ' });
    }
  });

export type MultipleChoiceQuestion = z.infer<typeof multipleChoiceSchema>;
export interface MultipleChoiceValue {
  codes: string[];
  other?: string;
}

/** "Annat, nämligen" goes last among the ordinary options, before any "Inget av ovanstående". */
const categories = (def: MultipleChoiceQuestion): Category[] => [
  ...def.options.filter((option) => !option.exclusive).map(({ code, label }) => ({ code, label })),
  ...otherCategory(def.otherOption),
  ...def.options.filter((option) => option.exclusive).map(({ code, label }) => ({ code, label, exclusive: true })),
];

function selectionHint(def: MultipleChoiceQuestion): string {
  const { minSelections: min, maxSelections: max } = def;
  if (min && max) return min === max ? `Välj ${min} alternativ.` : `Välj mellan ${min} och ${max} alternativ.`;
  if (max) return `Välj högst ${max} alternativ.`;
  if (min) return `Välj minst ${min} alternativ.`;
  return 'Välj alla som stämmer.';
}

function checkSelection(def: MultipleChoiceQuestion, codes: string[]): string | null {
  const all = categories(def);
  if (codes.some((code) => !all.some((category) => category.code === code))) return 'Välj bland alternativen som finns';
  const exclusive = all.find((category) => category.exclusive && codes.includes(category.code));
  if (exclusive) return codes.length > 1 ? `”${exclusive.label}” kan inte kombineras med andra alternativ` : null;
  if (def.minSelections && codes.length < def.minSelections) return `Välj minst ${def.minSelections} alternativ`;
  if (def.maxSelections && codes.length > def.maxSelections) return `Välj högst ${def.maxSelections} alternativ`;
  return null;
}

export const multipleChoice: QuestionType<MultipleChoiceQuestion, MultipleChoiceValue> = {
  type: 'multiple_choice',
  label: 'Flera svarsalternativ',
  hasAnswer: true,
  schema: multipleChoiceSchema,
  parse(def, fields) {
    const codes = readMany(fields, fieldName(def.key));
    const other = def.otherOption ? readOne(fields, otherFieldName(def.key)) : undefined;
    if (isUnparsed(other)) return other;
    // Typing in the "Annat" box says the respondent meant to tick it (no JavaScript to tick it for them).
    if (other !== undefined && def.otherOption && !codes.includes(def.otherOption.code)) codes.push(def.otherOption.code);
    if (codes.length === 0) return undefined;
    return other === undefined ? { codes } : { codes, other };
  },
  validate(def, value, required) {
    if (value === undefined) return required ? 'Välj minst ett alternativ' : null;
    if (isUnparsed(value)) return 'Välj bland alternativen som finns';
    return checkSelection(def, value.codes) ?? checkOtherText(def.otherOption, value.codes, value.other);
  },
  view(def, value, error): ChoiceView {
    const picked = value && !isUnparsed(value) ? value : undefined;
    const base = baseView(def, 'checkboxes', error, selectionHint(def));
    return {
      ...base,
      partial: 'checkboxes',
      options: optionViews(base.id, fieldName(def.key), categories(def), picked?.codes ?? []),
      other: otherTextView(def.key, def.otherOption, picked?.other),
    };
  },
  toRows(def, value) {
    return value.codes.map((code) => ({
      item: null,
      code,
      num: null,
      text: code === def.otherOption?.code ? (value.other ?? null) : null,
    }));
  },
  aggregation: (def) => ({ kind: 'multi', categories: categories(def) }),
  exportColumns(def) {
    const flags = categories(def).map((category) => ({
      header: `${def.key}__${category.code}`,
      value: (v: MultipleChoiceValue | undefined) => (v ? (v.codes.includes(category.code) ? 1 : 0) : null),
    }));
    return def.otherOption ? [...flags, otherTextColumn(def.key)] : flags;
  },
  conditionSupport: (def) => ({ codes: asConditionCodes(categories(def)), numeric: false }),
  formatAnswer: (def, value) => value.codes.map((code) => answerLabel(categories(def), code, value.other)),
};
