import { z } from 'zod';

/** The beside-figure form on the figures page: a register indicator (and year) beside a panel question's breakdown. */
export const BESIDE_FIELDS = ['beside_indicator', 'beside_year', 'beside_question'];

export const besideInput = z.object({
  beside_indicator: z.string().regex(/^\d{1,9}$/, { error: 'Välj en registerindikator' }).transform(Number),
  beside_year: z.union([z.literal(''), z.string().regex(/^\d{4}$/, { error: 'Välj ett år i listan' })]).default('')
    .transform((y) => (y === '' ? null : Number(y))),
  beside_question: z.string({ error: 'Välj en fråga och en uppdelning' }).trim().min(1, { error: 'Välj en fråga och en uppdelning' }),
});

export type BesideInput = z.output<typeof besideInput>;
