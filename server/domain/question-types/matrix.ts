import { z } from 'zod';
import { baseQuestionFields, keySchema, optionSchema, refuseDuplicateCodes } from './base-question';
import { CHOOSE_LISTED, checkOneCode, labelFor, optionViews } from './choice-options';
import { isUnparsed, matrixFieldName, readOne } from './form-fields';
import { baseView, type MatrixView } from './question-view';
import type { Category, Parsed, QuestionType } from './types';

const rowSchema = z.strictObject({ key: keySchema, label: z.string().trim().min(1).max(200) });

export const matrixSchema = z
  .strictObject({
    ...baseQuestionFields,
    type: z.literal('matrix'),
    rows: z.array(rowSchema).min(1).max(30),
    options: z.array(optionSchema).min(2).max(10),
  })
  .superRefine((def, ctx) => {
    refuseDuplicateCodes(def.options.map((option) => option.code), ctx, ['options']);
    refuseDuplicateCodes(def.rows.map((row) => row.key), ctx, ['rows']);
  });

export type MatrixQuestion = z.infer<typeof matrixSchema>;
type MatrixRow = MatrixQuestion['rows'][number];
/** rowKey → chosen code; a row left blank is absent. */
export interface MatrixValue {
  rows: Record<string, string>;
}

const categoriesOf = (def: MatrixQuestion): Category[] => def.options.map(({ code, label }) => ({ code, label }));
const answersOf = (value: Parsed<MatrixValue> | undefined): Record<string, string> =>
  value && !isUnparsed(value) ? value.rows : {};

/** Each row's own message: a missing answer matters only when the question is required. */
function rowErrors(def: MatrixQuestion, value: Parsed<MatrixValue> | undefined, required: boolean): Map<MatrixRow, string> {
  const answers = answersOf(value);
  const errors = new Map<MatrixRow, string>();
  for (const row of def.rows) {
    const problem = checkOneCode(answers[row.key], categoriesOf(def), required);
    if (problem) errors.set(row, problem === CHOOSE_LISTED ? `Välj ett av alternativen för ”${row.label}”` : `Välj ett svar för ”${row.label}”`);
  }
  return errors;
}

const rowBaseId = (def: MatrixQuestion, rowIndex: number): string =>
  rowIndex === 0 ? `q_${def.key}` : matrixFieldName(def.key, def.rows[rowIndex].key);

export const matrix: QuestionType<MatrixQuestion, MatrixValue> = {
  type: 'matrix',
  label: 'Matris (flera rader med samma skala)',
  hasAnswer: true,
  schema: matrixSchema,
  parse(def, fields) {
    const rows: Record<string, string> = {};
    for (const row of def.rows) {
      const code = readOne(fields, matrixFieldName(def.key, row.key));
      // A repeated field is kept as its text: it matches no option, so validation refuses it.
      if (code !== undefined) rows[row.key] = isUnparsed(code) ? code.unparsed : code;
    }
    return Object.keys(rows).length === 0 ? undefined : { rows };
  },
  validate(def, value, required) {
    const [first] = rowErrors(def, value, required).values();
    return first ?? null;
  },
  errorFieldId(def, value) {
    const [first] = rowErrors(def, value, def.required).keys();
    return rowBaseId(def, first ? def.rows.indexOf(first) : 0);
  },
  view(def, value, error): MatrixView {
    const problems = error ? rowErrors(def, value, def.required) : new Map<MatrixRow, string>();
    // Errors are shown on the rows they concern; the question-level error only when no row has one.
    const base = baseView(def, 'matrix', problems.size > 0 ? null : error);
    const answers = answersOf(value);
    const rows = def.rows.map((row, index) => {
      const id = rowBaseId(def, index);
      const name = matrixFieldName(def.key, row.key);
      const chosen = answers[row.key] === undefined ? [] : [answers[row.key]];
      return { key: row.key, label: row.label, legendId: `${name}-legend`, error: problems.get(row) ?? null, errorId: `${name}-error`, options: optionViews(id, name, categoriesOf(def), chosen) };
    });
    return { ...base, error, partial: 'matrix', rows };
  },
  toRows(def, value) {
    return def.rows
      .filter((row) => value.rows[row.key] !== undefined)
      .map((row) => ({ item: row.key, code: value.rows[row.key], num: null, text: null }));
  },
  aggregation: (def) => ({ kind: 'matrix', rows: def.rows.map(({ key, label }) => ({ key, label })), categories: categoriesOf(def) }),
  exportColumns(def) {
    return def.rows.map((row) => ({
      header: `${def.key}__${row.key}`,
      value: (v: MatrixValue | undefined) => v?.rows[row.key] ?? null,
    }));
  },
  conditionSupport: () => ({ codes: [], numeric: false }),
  formatAnswer(def, value) {
    return def.rows
      .filter((row) => value.rows[row.key] !== undefined)
      .map((row) => `${row.label}: ${labelFor(categoriesOf(def), value.rows[row.key])}`);
  },
};
