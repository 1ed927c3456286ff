import type { BaseQuestion } from './base-question';
import { characterCount, fieldName, isUnparsed, readOne } from './form-fields';
import { baseView, type TextareaView, type TextInputView } from './question-view';
import { answerableType, type QuestionType, type TypeSpec } from './types';

export interface TextValue {
  text: string;
}

interface TextSpec<D extends BaseQuestion> extends TypeSpec<D> {
  maxLength(def: D): number;
  multiline: boolean;
}

/** Builds the free-text question types. No maxlength attribute: browsers cut text silently; we say why instead. */
export function textQuestionType<D extends BaseQuestion>(spec: TextSpec<D>): QuestionType<D, TextValue> {
  return {
    ...answerableType(spec),
    parse(def, fields) {
      const text = readOne(fields, fieldName(def.key));
      return text === undefined || isUnparsed(text) ? text : { text };
    },
    validate(def, value, required) {
      if (value === undefined) return required ? 'Skriv ett svar' : null;
      if (isUnparsed(value)) return 'Svaret kunde inte läsas. Skriv det en gång till';
      const max = spec.maxLength(def);
      return characterCount(value.text) > max ? `Svaret får vara högst ${max} tecken` : null;
    },
    view(def, value, error): TextInputView | TextareaView {
      const typed = value === undefined ? '' : isUnparsed(value) ? value.unparsed : value.text;
      const max = spec.maxLength(def);
      if (!spec.multiline) {
        const base = baseView(def, 'text-input', error);
        const partial = 'text-input' as const;
        return { ...base, partial, name: fieldName(def.key), value: typed, inputmode: 'text', suffix: null, maxLength: max, widthClass: '' };
      }
      const base = baseView(def, 'textarea', error, `Du kan skriva högst ${max} tecken.`);
      return { ...base, partial: 'textarea', name: fieldName(def.key), value: typed, rows: 6, maxLength: max };
    },
    toRows: (_def, value) => [{ item: null, code: null, num: null, text: value.text }],
    aggregation: (def) => ({ kind: 'text', maxLength: spec.maxLength(def) }),
    exportColumns: (def) => [{ header: def.key, value: (v: TextValue | undefined) => v?.text ?? null }],
    conditionSupport: () => ({ codes: [], numeric: false }),
    formatAnswer: (_def, value) => value.text.split('\n').filter((line) => line.trim() !== ''),
  };
}
