import type { BaseQuestion } from './base-question';

/** Plain objects handed to views/components/questions/<partial>.ejs. Never contains HTML. */
export interface QuestionViewBase {
  partial: string;
  type: string;
  key: string;
  /** id of the first input; an error summary links to `#${id}` */
  id: string;
  text: string;
  hint: string | null;
  hintId: string;
  errorId: string;
  /** space-separated ids for aria-describedby, or null when there is neither hint nor error */
  describedBy: string | null;
  error: string | null;
  required: boolean;
  /** false when the question's condition hides it; the partial then renders nothing */
  visible: boolean;
  /** set by pageViews when the question depends on an answer on the same page (shown without JS) */
  conditionText: string | null;
  conditionId: string;
  /** the same condition for app.js to apply live: rules on other pages already decided (`known`) */
  liveCondition?: LiveCondition | null;
}

export type LiveRule =
  | { known: boolean }
  | { field: string; op: 'in'; values: string[] }
  | { field: string; op: 'lt' | 'lte' | 'gt' | 'gte' | 'eq' | 'neq'; value: number };
export interface LiveCondition { mode: 'all' | 'any'; rules: LiveRule[] }

export interface OptionView {
  id: string;
  name: string;
  value: string;
  label: string;
  checked: boolean;
  exclusive: boolean;
}

export interface OtherTextView {
  /** The option whose text field this is: the field is shown right under it. */
  code: string;
  id: string;
  name: string;
  label: string;
  value: string;
  maxLength: number;
}

export interface ChoiceView extends QuestionViewBase {
  partial: 'radios' | 'checkboxes';
  options: OptionView[];
  other: OtherTextView | null;
}

export interface TextInputView extends QuestionViewBase {
  partial: 'text-input';
  name: string;
  value: string;
  inputmode: 'decimal' | 'numeric' | 'text';
  suffix: string | null;
  maxLength: number | null;
  widthClass: string;
}

export interface TextareaView extends QuestionViewBase {
  partial: 'textarea';
  name: string;
  value: string;
  rows: number;
  maxLength: number;
}

export interface MatrixRowView {
  key: string;
  label: string;
  legendId: string;
  error: string | null;
  errorId: string;
  options: OptionView[];
}

export interface MatrixView extends QuestionViewBase {
  partial: 'matrix';
  rows: MatrixRowView[];
}

export interface InfoBlockView extends QuestionViewBase {
  partial: 'info-block';
  paragraphs: string[];
}

export type QuestionView = ChoiceView | TextInputView | TextareaView | MatrixView | InfoBlockView;

export const inputId = (key: string): string => `q_${key}`;
/** The first option keeps the question id so error-summary links land on it (as in govuk-frontend). */
export const optionId = (baseId: string, index: number): string => (index === 0 ? baseId : `${baseId}-${index + 1}`);

/** Common part of every view: ids for hint and error wired into aria-describedby. */
export function baseView(
  def: BaseQuestion,
  partial: string,
  error: string | null,
  extraHint: string | null = null,
): QuestionViewBase {
  const id = inputId(def.key);
  const hint = [def.help, extraHint].filter((part): part is string => Boolean(part)).join(' ') || null;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || null;
  return {
    partial,
    type: def.type,
    key: def.key,
    id,
    text: def.text,
    hint,
    hintId: `${id}-hint`,
    errorId: `${id}-error`,
    describedBy,
    error,
    required: def.required,
    visible: true,
    conditionText: null,
    conditionId: `${id}-condition`,
  };
}
