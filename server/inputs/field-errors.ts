/** Swedish messages per form field (the first one per field), as inputs and commands report them. */
export type FieldErrors = Record<string, string>;

/** The id of a field's control on the page (`f-<name>`), which the error summary links to. */
export function fieldId(field: string): string {
  return `f-${field.replace(/[^\w-]/g, '-')}`;
}
