import { z } from 'zod';
import { parseDateInput, parseTimeInput } from '../../domain/time';

export const dateField = (message: string) =>
  z.string({ error: message }).transform((v, ctx) => parseDateInput(v) ?? (ctx.addIssue({ code: 'custom', message }), z.NEVER));

export const timeField = (message: string) =>
  z.string({ error: message }).transform((v, ctx) => parseTimeInput(v) ?? (ctx.addIssue({ code: 'custom', message }), z.NEVER));

/** A checkbox group posts nothing, one value or several; only the allowed values are kept. */
export function choiceList<T extends string>(allowed: readonly T[]) {
  return z.union([z.string(), z.array(z.string())]).optional()
    .transform((v) => [...new Set(([] as string[]).concat(v ?? []))].filter((x): x is T => (allowed as readonly string[]).includes(x)));
}
