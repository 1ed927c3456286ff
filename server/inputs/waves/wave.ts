import { z } from 'zod';
import { MAX_K, MIN_K } from '../../domain/disclosure';
import { stockholmLocalToUtc } from '../../domain/time';
import { HUVUDGRUPPER, KOMMUNGRUPP_CODES, LANDSDELAR } from '../../domain/municipalities';
import type { WaveAudience } from '../../../db/repositories/waves';
import { DIMENSIONS } from '../../domain/waves/dimensions';
import { choiceList, dateField, timeField } from './fields';

const text = (max: number, empty: string) => z.string().trim().min(1, empty).max(max, `Texten får vara högst ${max.toLocaleString('sv-SE')} tecken`);

const fields = z.object({
  title: text(200, 'Ange en rubrik för utskicket'),
  survey_version_id: z.string().regex(/^\d{1,9}$/, 'Välj vilken enkät som ska skickas').transform(Number),
  audience: z.enum(['all', 'filter'], { error: 'Välj vilka som ska få enkäten' }),
  landsdel: choiceList(LANDSDELAR),
  huvudgrupp: choiceList(Object.keys(HUVUDGRUPPER)),
  kommungrupp: choiceList(KOMMUNGRUPP_CODES),
  opens_date: dateField('Ange öppningsdag som ÅÅÅÅ-MM-DD, till exempel 2026-05-18'),
  opens_time: timeField('Ange öppningstid som TT:MM, till exempel 08:00'),
  closes_date: dateField('Ange sista svarsdag som ÅÅÅÅ-MM-DD, till exempel 2026-06-05'),
  closes_time: timeField('Ange stängningstid som TT:MM, till exempel 23:59'),
  reminder_days: z.string().trim().max(40, 'Ange högst några påminnelser').default('')
    .refine((v) => v === '' || /^\d{1,2}(\s*[,;\s]\s*\d{1,2})*$/.test(v), 'Ange antal dagar före stängning med komma emellan, till exempel 7, 2')
    .transform((v) => [...new Set(v.split(/[,;\s]+/).filter(Boolean).map(Number))].sort((a, b) => b - a))
    .refine((days) => days.every((d) => d >= 1 && d <= 60), 'En påminnelse kan skickas 1–60 dagar före stängning')
    .refine((days) => days.length <= 3, 'Högst tre påminnelser'),
  dimensions: choiceList(DIMENSIONS),
  register_indicator: z.string().trim().max(12, 'Välj en registeruppgift i listan, eller Ingen').default('').refine((v) => v === '' || /^\d{1,9}$/.test(v), 'Välj en registeruppgift i listan, eller Ingen')
    .transform((v) => (v === '' ? null : Number(v))),
  rss: z.string({ error: 'Kryssa i rutan för RSS-region, eller lämna den tom' }).max(10).optional().transform((v) => v === 'ja'),
  k: z.string().trim().regex(/^\d{1,2}$/, `Ange k som ett heltal, minst ${MIN_K}`).transform(Number)
    .refine((n) => n >= MIN_K, `k kan inte vara lägre än ${MIN_K}: då kan en enskild kommun pekas ut`)
    .refine((n) => n <= MAX_K, `k kan inte vara högre än ${MAX_K}`),
  invitation_subject: text(200, 'Ange ämnesrad för inbjudan'),
  invitation_text: text(5000, 'Skriv inbjudans text'),
  reminder_text: text(5000, 'Skriv påminnelsens text'),
});

/** The staff form for a wave: Stockholm wall-clock fields → UTC, audience as stored JSON. */
export const waveInput = fields.transform((v, ctx) => {
  const opensAt = stockholmLocalToUtc(v.opens_date, v.opens_time);
  const closesAt = stockholmLocalToUtc(v.closes_date, v.closes_time);
  if (closesAt <= opensAt) ctx.addIssue({ code: 'custom', path: ['closes_date'], message: 'Sista svarsdag måste vara efter öppningen' });
  const filtered = v.landsdel.length + v.huvudgrupp.length + v.kommungrupp.length > 0;
  if (v.audience === 'filter' && !filtered) ctx.addIssue({ code: 'custom', path: ['landsdel'], message: 'Välj minst en grupp, eller välj hela panelen' });
  const audience: WaveAudience = v.audience === 'all' ? { kind: 'all' }
    : { kind: 'filter', landsdel: v.landsdel, huvudgrupp: v.huvudgrupp, kommungrupp: v.kommungrupp };
  return {
    surveyVersionId: v.survey_version_id, title: v.title, audience, opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString(),
    reminderDays: v.reminder_days, k: v.k, registerIndicatorId: v.register_indicator,
    // 'band' is added by the service once the bands are fixed (services/waves/register-band.ts).
    dimensions: v.rss ? [...v.dimensions, 'rss' as const] : v.dimensions,
    invitationSubject: v.invitation_subject, invitationText: v.invitation_text, reminderText: v.reminder_text,
  };
});
export type WaveInput = z.output<typeof waveInput>;
export const WAVE_FIELDS = ['title', 'survey_version_id', 'audience', 'landsdel', 'huvudgrupp', 'kommungrupp', 'opens_date', 'opens_time',
  'closes_date', 'closes_time', 'reminder_days', 'dimensions', 'register_indicator', 'rss', 'k', 'invitation_subject', 'invitation_text', 'reminder_text'];
