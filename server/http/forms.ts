import type { Response } from 'express';
import type { z } from 'zod';
import { renderPage } from './render';
import { CONTROL_MESSAGE, fieldWithControlCharacters } from '../inputs/safe-values';
import { fieldId, type FieldErrors } from '../inputs/field-errors';

export type ParseResult<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** Runs an input schema over a form body; the first message per field wins. Unknown fields are ignored by the schemas.
 *  No field of any form may hold control characters: they break calendar files, PDFs and mail headers later. */
export function parseInput<S extends z.ZodType>(schema: S, body: unknown): ParseResult<z.output<S>> {
  const bad = fieldWithControlCharacters(body);
  if (bad) return { ok: false, errors: { [bad]: CONTROL_MESSAGE } };
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.map(String).join('.') || '_form';
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

/** The error summary's links, in the order the fields appear on the page. */
export function errorSummary(errors: FieldErrors, order: string[] = []): { href: string; text: string }[] {
  const keys = Object.keys(errors).sort((a, b) => rank(order, a) - rank(order, b));
  return keys.map((k) => ({ href: `#${fieldId(k)}`, text: errors[k]! }));
}

function rank(order: string[], key: string): number {
  const i = order.indexOf(key);
  return i === -1 ? order.length : i;
}

/** Re-renders a form with status 422, the error summary on top and the entered values kept. */
export function renderInvalid(res: Response, view: string, data: Record<string, unknown>, errors: FieldErrors, values: unknown, order?: string[], status = 422): void {
  renderPage(res, view, { ...data, errors, values, errorSummary: errorSummary(errors, order) }, status);
}
