import { z } from 'zod';
import { parseDateInput } from '../../domain/time';
import { text } from '../../domain/panel/contact-fields';

export const membershipInput = z.object({
  change: z.enum(['join', 'pause', 'resume', 'leave'], { error: 'Välj vad som ska hända' }),
  date: text('Ange datum').transform((s) => s.trim()).pipe(z.string().min(1, 'Ange datum'))
    .transform((s, ctx) => parseDateInput(s) ?? (ctx.addIssue({ code: 'custom', message: 'Ange datum som ÅÅÅÅ-MM-DD, till exempel 2026-03-01' }), z.NEVER)),
  reason: text().transform((s) => s.replace(/\s+/g, ' ').trim()).pipe(z.string().max(300, 'Orsaken får vara högst 300 tecken'))
    .transform((s) => s || null),
}).superRefine((v, ctx) => {
  if ((v.change === 'pause' || v.change === 'leave') && !v.reason) {
    ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Ange en orsak när en kommun pausar eller lämnar panelen' });
  }
});
export const MEMBERSHIP_FIELDS = ['change', 'date', 'reason'];
