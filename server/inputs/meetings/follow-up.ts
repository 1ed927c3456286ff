import { z } from 'zod';
import { idListField, lagesbildIdsField, urlField } from './fields';

export const followUpInput = z.object({
  material_url: urlField('Ange länken som en https-adress, till exempel https://www.example.se/material'),
  lagesbild_ids: lagesbildIdsField,
  message: z.string().trim().max(3000, 'Meddelandet får vara högst 3 000 tecken').default(''),
  recipients: z.enum(['attended', 'registered'], { error: 'Välj vilka som ska få utskicket' }),
}).transform((v, ctx) => {
  if (!v.material_url && v.lagesbild_ids.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['material_url'], message: 'Ange en länk till materialet eller numret på en lägesbild' });
  }
  return { materialUrl: v.material_url || null, lagesbildIds: v.lagesbild_ids, message: v.message, recipients: v.recipients };
});
export type FollowUpInput = z.output<typeof followUpInput>;
export const FOLLOW_UP_FIELDS = ['material_url', 'lagesbild_ids', 'message', 'recipients'];

export const attendanceInput = z.object({ attended: idListField });
