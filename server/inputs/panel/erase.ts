import { z } from 'zod';

/** GDPR erasure cannot be undone: the admin ticks a box to say so. */
export const eraseInput = z.object({
  confirm: z.literal('ja', { error: 'Kryssa i att du förstår att uppgifterna inte går att få tillbaka' }),
});
export const ERASE_FIELDS = ['confirm'];
