import type { FieldErrors } from '../../inputs/field-errors';
import { fieldId } from '../../inputs/field-errors';
import type { FormField } from '../../inputs/surveys/question-fields';
import { rowCount, type FormValues } from '../../inputs/surveys/form-values';

export interface FieldView {
  kind: FormField['kind'];
  name: string;
  id: string;
  label: string;
  hint: string;
  value: string;
  error: string;
  integer: boolean;
  /** group: its fields; list: one entry per row, each a list of fields */
  fields: FieldView[];
  rows: { legend: string; fields: FieldView[] }[];
}

function viewOf(field: FormField, name: string, values: FormValues, errors: FieldErrors, extraRows: number): FieldView {
  const view: FieldView = {
    kind: field.kind, name, id: fieldId(name), label: field.label, hint: field.hint, value: values[name] ?? '',
    error: errors[name] ?? '', integer: field.integer, fields: [], rows: [],
  };
  if (field.kind === 'group') view.fields = field.fields.map((sub) => viewOf(sub, `${name}.${sub.name}`, values, errors, extraRows));
  if (field.kind === 'list') {
    const count = rowCount(values, name) + extraRows;
    for (let row = 0; row < count; row += 1) {
      view.rows.push({ legend: `Rad ${row + 1}`, fields: field.fields.map((sub) => viewOf(sub, `${name}.${row}.${sub.name}`, values, errors, extraRows)) });
    }
  }
  return view;
}

/** Views for the question form partials; `extraRows` blank rows are added to every list (on the first GET). */
export function questionFormView(fields: FormField[], values: FormValues, errors: FieldErrors, extraRows: number): FieldView[] {
  return fields.map((field) => viewOf(field, field.name, values, errors, extraRows));
}

/** "Det här skrev du": the entered values in words, for a save refused because someone else saved first. */
export function enteredValues(views: FieldView[]): { label: string; value: string }[] {
  return views.flatMap((view): { label: string; value: string }[] => {
    if (view.kind === 'group') return enteredValues(view.fields).map((e) => ({ ...e, label: `${view.label}: ${e.label}` }));
    if (view.kind === 'list') {
      return view.rows.flatMap((row) => {
        const parts = row.fields.filter((f) => f.value !== '').map((f) => (f.kind === 'boolean' ? f.label : `${f.label}: ${f.value}`));
        return parts.length ? [{ label: `${view.label}, ${row.legend.toLowerCase()}`, value: parts.join('; ') }] : [];
      });
    }
    if (view.kind === 'boolean') return [{ label: view.label, value: view.value ? 'Ja' : 'Nej' }];
    return view.value ? [{ label: view.label, value: view.value }] : [];
  });
}
