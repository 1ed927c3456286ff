import { z } from 'zod';
import { parseDateInput } from '../../domain/time';

// The editor form. A draft may be saved half-written; what publishing needs (3–5 findings, ingress,
// contact …) is checked by the document schema when the editor publishes.

const text = (max: number, what: string) => z.string().trim().max(max, `${what} får vara högst ${max} tecken`).default('');
const required = (max: number, what: string, missing: string) => z.string().trim().min(1, missing).max(max, `${what} får vara högst ${max} tecken`);

const date = z.string().trim().default('').transform((value, ctx) => {
  if (value === '') return '';
  const parsed = parseDateInput(value);
  if (!parsed) ctx.addIssue({ code: 'custom', message: 'Ange datum som ÅÅÅÅ-MM-DD, till exempel 2025-06-12' });
  return parsed ?? value;
});

const email = z.string().trim().max(254, 'E-postadressen är för lång').default('')
  .refine((v) => v === '' || z.email().safeParse(v).success, 'Ange kontaktpersonens e-postadress i rätt format, till exempel namn@myndighet.se');

const FINDINGS = [1, 2, 3, 4, 5] as const;

export function draftInput(figureCount: number) {
  const figureFields: Record<string, z.ZodType> = {};
  for (let i = 0; i < figureCount; i++) {
    figureFields[`fig_${i}_caption`] = required(300, 'Figurtexten', `Skriv en figurtext för figur ${i + 1}`);
    figureFields[`fig_${i}_alt`] = required(1500, 'Alternativtexten', `Skriv en alternativtext för figur ${i + 1}`);
    figureFields[`fig_${i}_source`] = required(300, 'Källan', `Skriv en källa för figur ${i + 1}`);
  }
  return z.object({
    revision: z.coerce.number().int().min(1),
    title: required(200, 'Rubriken', 'Skriv en rubrik'),
    subtitle: text(200, 'Underrubriken'),
    date,
    document_number: text(60, 'Dokumentnumret'),
    ingress: text(1000, 'Ingressen'),
    ...Object.fromEntries(FINDINGS.map((n) => [`finding_${n}`, text(400, `Resultatpunkt ${n}`)])),
    body: text(100_000, 'Brödtexten'),
    wave_id: z.string().trim().default('').refine((v) => v === '' || /^\d+$/.test(v), 'Välj en undersökning i listan'),
    contact_name: text(120, 'Namnet'),
    contact_email: email,
    contact_phone: text(40, 'Telefonnumret'),
    ...figureFields,
  });
}

export type DraftInput = Record<string, string> & { revision: number };

export function draftFieldOrder(figureCount: number): string[] {
  const figures = Array.from({ length: figureCount }, (_, i) => [`fig_${i}_caption`, `fig_${i}_alt`, `fig_${i}_source`]).flat();
  return ['title', 'subtitle', 'date', 'document_number', 'ingress', ...FINDINGS.map((n) => `finding_${n}`), 'body',
    ...figures, 'wave_id', 'contact_name', 'contact_email', 'contact_phone'];
}

export const newLagesbildInput = z.object({ title: required(200, 'Rubriken', 'Skriv en rubrik') });

export const publishInput = z.object({
  revision: z.coerce.number().int().min(1),
  change_note: text(500, 'Ändringsnoteringen'),
});
