import { z } from 'zod';
import { parseYears } from '../../domain/kolada/dry-run';

export const KOLADA_GENDERS = { T: 'Totalt', K: 'Kvinnor', M: 'Män' } as const;

/** A key figure id (N00945, U21468 …), the years ("2019–2024" or "2020, 2022") and the gender to keep. */
export const koladaImportInput = z.object({
  kpi: z.string().trim().max(6, { message: 'Ett id har sex tecken, till exempel N00945' }).toUpperCase().regex(/^[A-Z]\d{5}$/, { message: 'Ange nyckeltalets id, en bokstav och fem siffror, till exempel N00945' }),
  years: z.string().trim().max(200, 'Ange högst 200 tecken').transform((text, ctx) => {
    const years = parseYears(text);
    if (!years) ctx.addIssue({ code: 'custom', message: 'Ange år som 2019–2024 eller 2020, 2022 (högst 30 år)' });
    return years ?? [];
  }),
  gender: z.enum(['T', 'K', 'M'], { message: 'Välj totalt, kvinnor eller män' }),
});
export type KoladaImportInput = z.infer<typeof koladaImportInput>;
export const KOLADA_IMPORT_FIELDS = ['kpi', 'years', 'gender'];
