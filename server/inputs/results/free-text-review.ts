import { z } from 'zod';

/** One free text's review: approve (optionally with parts removed), hide, or send back to the queue. */
export const freeTextReviewInput = z.object({
  action: z.enum(['approve', 'hide', 'pending'], { message: 'Välj om texten ska godkännas eller döljas' }),
  shown: z.string().max(4000, { message: 'Texten får vara högst 4 000 tecken' }).optional().default(''),
});
export type FreeTextReviewInput = z.infer<typeof freeTextReviewInput>;
