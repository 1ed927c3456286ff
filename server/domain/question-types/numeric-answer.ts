import type { BaseQuestion } from './base-question';
import { fieldName, isUnparsed, readOne } from './form-fields';
import { formatSwedishNumber, parseSwedishNumber } from './number-parsing';
import { baseView, type TextInputView } from './question-view';
import { answerableType, type FormFields, type Parsed, type QuestionType, type TypeSpec } from './types';

export interface NumericRules {
  min?: number;
  max?: number;
  integer: boolean;
  unit?: string;
}

export interface NumberValue {
  num: number;
}

interface NumericSpec<D extends BaseQuestion> extends TypeSpec<D> {
  rules(def: D): NumericRules;
  /** text a respondent may type after the number, e.g. "%" */
  acceptedSuffix?: string;
}

function rangeMessage({ min, max }: NumericRules): string {
  const f = formatSwedishNumber;
  if (min !== undefined && max !== undefined) return `Ange ett tal mellan ${f(min)} och ${f(max)}`;
  if (min !== undefined) return `Ange ett tal som är ${f(min)} eller större`;
  return `Ange ett tal som är högst ${f(max!)}`;
}

function checkNumber(value: Parsed<NumberValue> | undefined, rules: NumericRules, required: boolean): string | null {
  if (value === undefined) return required ? 'Ange ett tal' : null;
  if (isUnparsed(value)) return rules.integer ? 'Ange ett heltal, till exempel 12' : 'Ange ett tal, till exempel 12 eller 12,5';
  if (rules.integer && !Number.isInteger(value.num)) return 'Ange ett heltal, utan decimaler';
  if ((rules.min !== undefined && value.num < rules.min) || (rules.max !== undefined && value.num > rules.max)) {
    return rangeMessage(rules);
  }
  return null;
}

function parseNumberField(def: BaseQuestion, fields: FormFields, suffix?: string): Parsed<NumberValue> | undefined {
  const text = readOne(fields, fieldName(def.key));
  if (text === undefined || isUnparsed(text)) return text;
  const bare = suffix && text.endsWith(suffix) ? text.slice(0, -suffix.length) : text;
  const num = parseSwedishNumber(bare);
  return num === null ? { unparsed: text } : { num };
}

/** Builds number-like question types; each type file only states its rules. */
export function numericQuestionType<D extends BaseQuestion>(spec: NumericSpec<D>): QuestionType<D, NumberValue> {
  return {
    ...answerableType(spec),
    parse: (def, fields) => parseNumberField(def, fields, spec.acceptedSuffix),
    validate: (def, value, required) => checkNumber(value, spec.rules(def), required),
    view(def, value, error): TextInputView {
      const rules = spec.rules(def);
      const base = baseView(def, 'text-input', error);
      const typed = value === undefined ? '' : isUnparsed(value) ? value.unparsed : formatSwedishNumber(value.num);
      // iOS's "numeric" keypad has no minus sign, so only use it when negatives are impossible.
      const wholeAndPositive = rules.integer && rules.min !== undefined && rules.min >= 0;
      return {
        ...base,
        partial: 'text-input',
        name: fieldName(def.key),
        value: typed,
        inputmode: wholeAndPositive ? 'numeric' : 'decimal',
        suffix: rules.unit ?? null,
        maxLength: null,
        widthClass: 'input--short',
      };
    },
    toRows: (_def, value) => [{ item: null, code: null, num: value.num, text: null }],
    aggregation(def) {
      const { min, max, integer, unit } = spec.rules(def);
      return { kind: 'numeric', integer, ...(unit ? { unit } : {}), ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
    },
    exportColumns: (def) => [{ header: def.key, value: (v: NumberValue | undefined) => v?.num ?? null }],
    conditionSupport: () => ({ codes: [], numeric: true }),
    formatAnswer(def, value) {
      const unit = spec.rules(def).unit;
      return [unit ? `${formatSwedishNumber(value.num)} ${unit}` : formatSwedishNumber(value.num)];
    },
  };
}
