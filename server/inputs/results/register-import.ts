import { z } from 'zod';

export const REGISTER_UNITS = { percent: 'Andel (%)', number: 'Värde', count: 'Antal' } as const;

export const registerImportInput = z.object({
  name: z.string().trim().min(1, { message: 'Ange vad indikatorn heter' }).max(120, { message: 'Namnet får vara högst 120 tecken' }),
  unit: z.enum(['percent', 'number', 'count'], { message: 'Välj vad värdena är' }),
  source: z.string().trim().min(1, { message: 'Ange varifrån uppgifterna kommer' }).max(200, { message: 'Källan får vara högst 200 tecken' }),
});
export type RegisterImportInput = z.infer<typeof registerImportInput>;
export const REGISTER_IMPORT_FIELDS = ['name', 'unit', 'source', 'fil'];
