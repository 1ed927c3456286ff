import type { z } from 'zod';
import { parseSwedishNumber } from '../../domain/question-types/number-parsing';
import type { AnyQuestionType } from '../../domain/question-types/types';
import { swedishIssueMessage } from '../../domain/survey/definition-messages';
import type { Question } from '../../domain/survey/definition';
import type { FieldErrors } from '../field-errors';
import { suggestKey, uniqueCode } from '../../domain/survey/keys';
import { questionFormFields, type FormField } from './question-fields';
import { rowCount, type FormValues } from './form-values';

const bareLabel = (label: string) => label.replace(/\s*\((valfri|valfritt)\)$/, '');

interface ParseState { errors: FieldErrors; indexMaps: Map<string, number[]> }

/** A blank `code` or `key` in an item is made from the item's text, so staff only need to type the text. */
function fillCodes(items: Record<string, unknown>[]): void {
  for (const name of ['code', 'key']) {
    const taken = new Set(items.map((item) => item[name]).filter((v): v is string => typeof v === 'string' && v !== ''));
    for (const item of items) {
      if (name in item && !item[name] && typeof item.label === 'string' && item.label) {
        item[name] = name === 'key' ? suggestKey(item.label, taken, 'rad') : uniqueCode(item.label, taken);
        taken.add(item[name] as string);
      }
    }
  }
}

function readFields(fields: FormField[], values: FormValues, prefix: string, state: ParseState, labelPrefix: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const name = `${prefix}${field.name}`;
    const label = `${labelPrefix}${bareLabel(field.label)}`;
    const raw = (values[name] ?? '').trim();
    if (field.kind === 'boolean') out[field.name] = raw !== '';
    else if (field.kind === 'number') {
      if (raw === '') continue;
      const num = parseSwedishNumber(raw);
      if (num === null) state.errors[name] = `${label}: Ange ett tal, till exempel 5`;
      else out[field.name] = num;
    } else if (field.kind === 'group') {
      const item = readFields(field.fields, values, `${name}.`, state, `${label}, `);
      if (Object.values(item).some((v) => v !== '' && v !== false && v !== undefined)) {
        fillCodes([item]);
        out[field.name] = item;
      } else if (!field.optional) out[field.name] = item;
    } else if (field.kind === 'list') {
      const kept: Record<string, unknown>[] = [];
      const map: number[] = [];
      for (let row = 0; row < rowCount(values, name); row += 1) {
        const item = readFields(field.fields, values, `${name}.${row}.`, state, `${label}, rad ${row + 1}, `);
        if (Object.values(item).every((v) => v === '' || v === false || v === undefined)) continue;
        kept.push(item);
        map.push(row);
      }
      fillCodes(kept);
      state.indexMaps.set(name, map);
      out[field.name] = kept;
    } else if (raw !== '' || !field.optional) out[field.name] = raw;
  }
  return out;
}

/** zod's path (over the kept rows) → the input name on the form (over the posted rows). */
function inputName(path: readonly PropertyKey[], maps: Map<string, number[]>): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i += 1) {
    const step = String(path[i]);
    parts.push(step);
    const map = maps.get(parts.join('.'));
    if (map && typeof path[i + 1] === 'number') parts.push(String(map[path[i + 1] as number] ?? path[i + 1]));
    if (map && typeof path[i + 1] === 'number') i += 1;
  }
  return parts.join('.') || 'text';
}

function labelOf(fields: FormField[], name: string): string {
  const [first, maybeRow, sub] = name.split('.');
  const field = fields.find((f) => f.name === first);
  if (!field) return '';
  const subName = /^\d+$/.test(maybeRow ?? '') ? sub : maybeRow;
  const subField = subName ? field.fields.find((f) => f.name === subName) : undefined;
  const row = /^\d+$/.test(maybeRow ?? '') ? `, rad ${Number(maybeRow) + 1}` : '';
  return `${bareLabel(field.label)}${row}${subField ? `, ${bareLabel(subField.label).toLowerCase()}` : ''}`;
}

export type QuestionParse = { ok: true; question: Question } | { ok: false; errors: FieldErrors };

/**
 * Reads a designer question form into a question of `type`. The key is kept when editing; when adding, a blank
 * key is made from the question text, and a key already used in the survey is refused.
 */
export function parseQuestionForm(type: AnyQuestionType, values: FormValues, key: { fixed: string } | { taken: ReadonlySet<string> }): QuestionParse {
  const fields = questionFormFields(type);
  const state: ParseState = { errors: {}, indexMaps: new Map() };
  const candidate = readFields(fields, values, '', state, '');
  let questionKey: string;
  if ('fixed' in key) questionKey = key.fixed;
  else {
    const typed = (values.key ?? '').trim();
    questionKey = typed || suggestKey(typeof candidate.text === 'string' ? candidate.text : '', key.taken);
    if (key.taken.has(questionKey)) state.errors.key = 'Nyckel: Nyckeln används redan av en annan fråga i enkäten';
  }
  const parsed = (type.schema as z.ZodType).safeParse({ ...candidate, key: questionKey, type: type.type }, { error: swedishIssueMessage });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = inputName(issue.path, state.indexMaps);
      const label = name === 'key' ? 'Nyckel' : labelOf(fields, name);
      state.errors[name] ??= label ? `${label}: ${issue.message}` : issue.message;
    }
  }
  if (Object.keys(state.errors).length > 0 || !parsed.success) return { ok: false, errors: state.errors };
  return { ok: true, question: parsed.data as Question };
}

/** Field order for the error summary: key, then the form's fields, rows in order. */
export function questionFieldOrder(type: AnyQuestionType, errors: FieldErrors): string[] {
  const names = ['key', ...questionFormFields(type).map((f) => f.name)];
  return Object.keys(errors).sort((a, b) => names.indexOf(a.split('.')[0]!) - names.indexOf(b.split('.')[0]!) || a.localeCompare(b, 'sv', { numeric: true }));
}
