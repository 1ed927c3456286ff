import { formatSwedishNumber } from '../../domain/question-types/number-parsing';
import type { FormField } from './question-fields';

/** A designer form's values by input name: "text", "options.2.label", "otherOption.code"; booleans are "1" or "". */
export type FormValues = Record<string, string>;

export const BLANK_ROWS = 3;

function scalarValue(field: FormField, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (field.kind === 'boolean') return value === true ? '1' : '';
  if (field.kind === 'number') return typeof value === 'number' ? formatSwedishNumber(value) : String(value);
  return String(value);
}

function fill(values: FormValues, fields: FormField[], prefix: string, source: Record<string, unknown> | undefined): void {
  for (const field of fields) {
    const name = `${prefix}${field.name}`;
    const value = source?.[field.name];
    if (field.kind === 'group') fill(values, field.fields, `${name}.`, value as Record<string, unknown> | undefined);
    else if (field.kind === 'list') {
      const items = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
      items.forEach((item, index) => fill(values, field.fields, `${name}.${index}.`, item));
    } else values[name] = scalarValue(field, value);
  }
}

/** The form's values for an existing question (or a blank form when `question` is undefined). */
export function valuesFromQuestion(fields: FormField[], question: Record<string, unknown> | undefined): FormValues {
  const values: FormValues = {};
  fill(values, fields, '', question);
  return values;
}

/** Rows of a list field present in posted or filled values: the highest index + 1. */
export function rowCount(values: Record<string, unknown>, listName: string): number {
  const pattern = new RegExp(`^${listName.replace(/\./g, '\\.')}\\.(\\d+)\\.`);
  let count = 0;
  for (const name of Object.keys(values)) {
    const match = pattern.exec(name);
    if (match) count = Math.max(count, Number(match[1]) + 1);
  }
  return Math.min(count, 60);
}

/** The posted body as plain strings for the names a form has (a repeated field keeps its first value). */
export function postedValues(body: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const [name, raw] of Object.entries(body ?? {})) {
    if (name.startsWith('_')) continue;
    const first = Array.isArray(raw) ? raw[0] : raw;
    if (typeof first === 'string') values[name] = first;
  }
  return values;
}
