import type { BaseQuestion, ChoiceOption } from './base-question';
import {
  answerLabel,
  asConditionCodes,
  checkOneCode,
  checkOtherText,
  optionViews,
  otherTextColumn,
  otherTextView,
} from './choice-options';
import { fieldName, isUnparsed, otherFieldName, readOne } from './form-fields';
import { baseView, type ChoiceView } from './question-view';
import { answerableType, type AggregationSpec, type Category, type QuestionType, type TypeSpec } from './types';

/** Value of every "pick one from a list" question (single choice, yes/no, scale). */
export interface PickOneValue {
  code: string;
  other?: string;
}

interface PickOneSpec<D extends BaseQuestion> extends TypeSpec<D> {
  /** all codes in display order, including "Annat" and "Vet ej" */
  categories(def: D): Category[];
  /** codes other than "Vet ej" are numbers (a scale): stored in `num`, exported as numbers */
  numeric: boolean;
  otherOption?(def: D): ChoiceOption | undefined;
  aggregation(def: D): AggregationSpec;
}

const numberOf = (category: Category | undefined): number | null =>
  category && !category.dontKnow && !category.other ? Number(category.code) : null;

/** Builds the radio-button question types; each type file only says what its options are. */
export function pickOneQuestionType<D extends BaseQuestion>(spec: PickOneSpec<D>): QuestionType<D, PickOneValue> {
  const otherOf = (def: D) => spec.otherOption?.(def);
  const categoryOf = (def: D, code: string) => spec.categories(def).find((category) => category.code === code);
  return {
    ...answerableType(spec),
    parse(def, fields) {
      const code = readOne(fields, fieldName(def.key));
      const other = otherOf(def) ? readOne(fields, otherFieldName(def.key)) : undefined;
      if (isUnparsed(code)) return code;
      if (isUnparsed(other)) return other;
      // Without JavaScript people often type the "Annat" text and forget its radio button.
      if (code === undefined) return other === undefined ? undefined : { code: otherOf(def)!.code, other };
      return other === undefined ? { code } : { code, other };
    },
    validate(def, value, required) {
      const code = value === undefined || isUnparsed(value) ? value : value.code;
      const codeError = checkOneCode(code, spec.categories(def), required);
      if (codeError || value === undefined || isUnparsed(value)) return codeError;
      return checkOtherText(otherOf(def), [value.code], value.other);
    },
    view(def, value, error): ChoiceView {
      const picked = value && !isUnparsed(value) ? value : undefined;
      const base = baseView(def, 'radios', error);
      return {
        ...base,
        partial: 'radios',
        options: optionViews(base.id, fieldName(def.key), spec.categories(def), picked ? [picked.code] : []),
        other: otherTextView(def.key, otherOf(def), picked?.other),
      };
    },
    toRows(def, value) {
      const category = categoryOf(def, value.code);
      const text = category?.other ? (value.other ?? null) : null;
      return [{ item: null, code: value.code, num: spec.numeric ? numberOf(category) : null, text }];
    },
    aggregation: spec.aggregation,
    exportColumns(def) {
      const main = {
        header: def.key,
        value: (v: PickOneValue | undefined) => {
          if (!v) return null;
          const num = spec.numeric ? numberOf(categoryOf(def, v.code)) : null;
          return num ?? v.code;
        },
      };
      return otherOf(def) ? [main, otherTextColumn(def.key)] : [main];
    },
    conditionSupport(def) {
      return { codes: asConditionCodes(spec.categories(def)), numeric: spec.numeric };
    },
    formatAnswer: (def, value) => [answerLabel(spec.categories(def), value.code, value.other)],
  };
}
