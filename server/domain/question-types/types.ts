import type { z } from 'zod';
import type { BaseQuestion, ChoiceOption } from './base-question';
import type { QuestionView } from './question-view';

/** urlencoded body: `q_<key>`, `q_<key>_other`, `q_<key>__<rowKey>`; repeated fields arrive as string[] */
export type FormFields = Record<string, string | string[] | undefined>;

/**
 * Input that cannot be read as the type's value (e.g. "12abc" for a number, or a field posted twice).
 * Kept so the page shows what was typed; `validate` always refuses it, so it is never stored.
 */
export interface Unparsed {
  unparsed: string;
}
export type Parsed<V> = V | Unparsed;

/** One normalised row per answer (per selected option, per matrix row) for storage and SQL GROUP BY. */
export interface AnswerRow {
  item: string | null;
  code: string | null;
  num: number | null;
  text: string | null;
}

export interface Category {
  code: string;
  label: string;
  /** "Vet ej": counted, but left out of means and medians */
  dontKnow?: boolean;
  /** "Inget av ovanstående": cannot be combined with other options */
  exclusive?: boolean;
  /** the "Annat, nämligen" option, whose row also carries free text */
  other?: boolean;
}

export type AggregationSpec =
  | { kind: 'categorical'; categories: Category[] }
  | { kind: 'multi'; categories: Category[] }
  | { kind: 'scale'; categories: Category[]; min: number; max: number }
  | { kind: 'numeric'; unit?: string; min?: number; max?: number; integer: boolean }
  | { kind: 'matrix'; rows: { key: string; label: string }[]; categories: Category[] }
  | { kind: 'text'; maxLength: number }
  | { kind: 'none' };

export interface ExportColumn<V> {
  header: string;
  value(v: V | undefined): string | number | null;
}

/** What a condition may test on this question (used by validation and by the designer's rule editor). */
export interface ConditionSupport {
  /** codes usable with `in` (empty: `in` not allowed) */
  codes: ChoiceOption[];
  /** whether lt/lte/gt/gte/eq/neq are allowed */
  numeric: boolean;
}

/**
 * Values follow one shape convention so conditions and storage can read them without the definition:
 * `code` (one choice), `codes` (several), `num`, `text`, `other` (free text of "Annat"), `rows` (matrix).
 */
export interface QuestionType<D extends BaseQuestion, V> {
  type: D['type'];
  label: string;
  hasAnswer: boolean;
  // Input type differs from D where the schema has defaults (e.g. allowDontKnow).
  schema: z.ZodType<D, any>;
  parse(def: D, fields: FormFields): Parsed<V> | undefined;
  validate(def: D, value: Parsed<V> | undefined, required: boolean): string | null;
  view(def: D, value: Parsed<V> | undefined, error: string | null): QuestionView;
  toRows(def: D, value: V): AnswerRow[];
  aggregation(def: D): AggregationSpec;
  exportColumns(def: D): ExportColumn<V>[];
  conditionSupport(def: D): ConditionSupport;
  /** Human-readable answer lines for the review page and the designer preview. */
  formatAnswer(def: D, value: V): string[];
  /** id an error-summary link should point to, when not the question's first input (matrix rows). */
  errorFieldId?(def: D, value: Parsed<V> | undefined): string;
}

// The registry holds types of different D and V; callers go through registry helpers that
// pair a definition with its own type, so `any` here never meets a mismatched value.
export type AnyQuestionType = QuestionType<any, any>;

/** What every builder of answerable question types (choice, number, text) takes as it is from its spec. */
export type TypeSpec<D extends BaseQuestion> = Pick<QuestionType<D, unknown>, 'type' | 'label' | 'schema'>;

export function answerableType<D extends BaseQuestion>(spec: TypeSpec<D>): TypeSpec<D> & { hasAnswer: true } {
  return { type: spec.type, label: spec.label, hasAnswer: true, schema: spec.schema };
}
