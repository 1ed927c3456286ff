import { z } from 'zod';

/** Form fields shared by the meeting forms. Empty optional fields arrive as ''. */
export const emailField = z.string().trim().toLowerCase().min(1, 'Ange din e-postadress').max(254, 'E-postadressen är för lång')
  .pipe(z.email('Ange en e-postadress i rätt format, till exempel namn@kommun.se'));

export function isEmail(value: string): boolean {
  return z.email().safeParse(value).success;
}

export { httpsUrlField as urlField } from '../safe-values';

/** "12, 14" → [12, 14]: the numbers of the lägesbilder a meeting is about. */
export const lagesbildIdsField = z.string().trim().max(200, 'För många lägesbilder').default('')
  .refine((v) => v === '' || /^\d{1,9}(\s*[,;\s]\s*\d{1,9})*$/.test(v), 'Ange lägesbildernas nummer åtskilda med komma, till exempel 3, 4')
  .transform((v) => [...new Set(v.split(/[,;\s]+/).filter(Boolean).map(Number))].filter((n) => n > 0));

/** A checkbox group posts nothing, one value or several. */
export const idListField = z.union([z.string(), z.array(z.string())]).optional()
  .transform((v) => [...new Set(([] as string[]).concat(v ?? []).map(Number).filter((n) => Number.isSafeInteger(n) && n > 0))]);
