import { z } from 'zod';
import { parseDateInput, parseTimeInput, stockholmLocalToUtc } from '../../domain/time';
import { isEmail, lagesbildIdsField, urlField } from './fields';

const text = (max: number, empty: string, long: string) => z.string().trim().min(1, empty).max(max, long);

const fields = z.object({
  kind: z.enum(['aterkoppling', 'erfarenhetsutbyte'], { error: 'Välj typ av möte' }),
  title: text(200, 'Ange en rubrik', 'Rubriken får vara högst 200 tecken'),
  description: text(5000, 'Beskriv mötet', 'Beskrivningen får vara högst 5 000 tecken'),
  date: z.string().transform((v, ctx) => parseDateInput(v) ?? (ctx.addIssue({ code: 'custom', message: 'Ange datum som ÅÅÅÅ-MM-DD, till exempel 2026-03-27' }), z.NEVER)),
  start_time: z.string().transform((v, ctx) => parseTimeInput(v) ?? (ctx.addIssue({ code: 'custom', message: 'Ange starttid som TT:MM, till exempel 10:00' }), z.NEVER)),
  end_time: z.string().transform((v, ctx) => parseTimeInput(v) ?? (ctx.addIssue({ code: 'custom', message: 'Ange sluttid som TT:MM, till exempel 11:30' }), z.NEVER)),
  meeting_url: urlField('Ange mötets länk som en https-adress, till exempel https://meet.example/abc').refine((v) => v !== '', 'Ange länken till det digitala mötet'),
  capacity: z.string().trim().regex(/^\d{1,5}$/, 'Ange antal platser som ett heltal, till exempel 100').transform(Number)
    .refine((n) => n >= 1 && n <= 5000, 'Antal platser ska vara mellan 1 och 5 000'),
  deadline_date: z.string().transform((v, ctx) => parseDateInput(v) ?? (ctx.addIssue({ code: 'custom', message: 'Ange sista anmälningsdag som ÅÅÅÅ-MM-DD' }), z.NEVER)),
  deadline_time: z.string().default('').transform((v, ctx) => (v.trim() === '' ? '23:59' : parseTimeInput(v) ?? (ctx.addIssue({ code: 'custom', message: 'Ange tiden som TT:MM, till exempel 12:00' }), z.NEVER))),
  audience: z.enum(['panel', 'list', 'public'], { error: 'Välj vilka som bjuds in' }),
  recipient_emails: z.string().max(100_000, 'Listan är för lång').default(''),
  lagesbild_ids: lagesbildIdsField,
});

const addressesOf = (raw: string) => [...new Set(raw.split(/[\s,;]+/).map((e) => e.trim().toLowerCase()).filter(Boolean))];
const firstWrong = (raw: unknown) => addressesOf(String(raw ?? '')).find((e) => !isEmail(e));
const rawOf = (p: { value: unknown }) => (typeof p.value === 'object' && p.value !== null ? p.value as Record<string, unknown> : {});
// The address list is checked even when other fields are wrong, so every error shows at once.
const listCheck = (p: { value: unknown }) => typeof rawOf(p).recipient_emails === 'string';

/** The staff form for a meeting: Stockholm wall-clock fields → UTC instants, with the checks across fields. */
export const meetingInput = fields
  .refine((v) => v.audience !== 'list' || addressesOf(v.recipient_emails).length > 0,
    { path: ['recipient_emails'], message: 'Ange minst en e-postadress, en per rad', when: (p) => listCheck(p) && rawOf(p).audience === 'list' })
  .refine((v) => firstWrong(v.recipient_emails) === undefined,
    { path: ['recipient_emails'], error: (iss) => `Kontrollera e-postadressen ${firstWrong((iss.input as Record<string, unknown>).recipient_emails)}`, when: listCheck })
  .refine((v) => addressesOf(v.recipient_emails).length <= 2000, { path: ['recipient_emails'], message: 'Högst 2 000 adresser', when: listCheck })
  .transform((v, ctx) => {
    const startsAt = stockholmLocalToUtc(v.date, v.start_time);
    const endsAt = stockholmLocalToUtc(v.date, v.end_time);
    const deadline = stockholmLocalToUtc(v.deadline_date, v.deadline_time);
    if (endsAt <= startsAt) ctx.addIssue({ code: 'custom', path: ['end_time'], message: 'Sluttiden måste vara efter starttiden' });
    if (deadline > startsAt) ctx.addIssue({ code: 'custom', path: ['deadline_date'], message: 'Sista anmälningsdag måste vara före mötet' });
    return {
      kind: v.kind, title: v.title, description: v.description, startsAt, endsAt, deadline,
      meetingUrl: v.meeting_url, capacity: v.capacity, audience: v.audience,
      recipientEmails: v.audience === 'list' ? addressesOf(v.recipient_emails) : [], lagesbildIds: v.lagesbild_ids,
    };
  });
export type MeetingInput = z.output<typeof meetingInput>;
export const MEETING_FIELDS = ['kind', 'title', 'description', 'date', 'start_time', 'end_time', 'meeting_url', 'capacity',
  'deadline_date', 'deadline_time', 'audience', 'recipient_emails', 'lagesbild_ids'];
