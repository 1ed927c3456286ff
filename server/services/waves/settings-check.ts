import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { Recipient } from '../../../db/repositories/contacts';
import { findSurveyVersion } from '../../../db/repositories/survey-versions';
import type { WaveSettings } from '../../../db/repositories/waves';
import { addDays } from '../../domain/time';
import type { FieldErrors } from '../../inputs/field-errors';
import { recipientsFor } from './audience';
import { tooSmallBackgroundCells } from './background';
import { recipientsWithBands } from './register-band';

/** What must hold for the audience before any invitation goes out (checked at scheduling and again at opening). */
export function audienceProblems(recipients: readonly Recipient[], s: Pick<WaveSettings, 'dimensions' | 'k' | 'registerBand'>): FieldErrors {
  if (recipients.length === 0) return { audience: 'Urvalet ger inga mottagare: ingen aktiv kontaktperson finns i de valda grupperna.' };
  if (recipients.length < s.k) return { audience: `Urvalet ger bara ${recipients.length} mottagare. Det behövs minst ${s.k} för att svaren ska vara anonyma.` };
  const small = tooSmallBackgroundCells(recipientsWithBands(recipients, s.registerBand), s.dimensions, s.k);
  if (small.length === 0) return {};
  const more = small.length > 1 ? ` Ytterligare ${small.length - 1} ${small.length === 2 ? 'grupp är' : 'grupper är'} för små. Välj färre eller grövre indelningar.` : ' Välj en grövre indelning.';
  return { dimensions: small[0] + more };
}

/** Every check of the wave form that needs the database or the clock. */
export async function checkWaveSettings(db: Kysely<DB>, s: WaveSettings, now: Date): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const version = await findSurveyVersion(db, s.surveyVersionId);
  if (!version || version.status !== 'published') errors.survey_version_id = 'Välj en publicerad enkätversion';
  if (new Date(s.closesAt) <= now) errors.closes_date ??= 'Sista svarsdag måste ligga i framtiden';
  const early = s.reminderDays.find((d) => addDays(new Date(s.closesAt), -d) <= new Date(s.opensAt));
  if (early !== undefined) errors.reminder_days = `En påminnelse ${early} dagar före stängning skulle skickas innan enkäten öppnar`;
  return { ...errors, ...audienceProblems(await recipientsFor(db, s.audience), s) };
}
