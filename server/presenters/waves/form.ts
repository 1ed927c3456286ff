import type { StoredVersion } from '../../../db/repositories/survey-versions';
import type { Wave } from '../../../db/repositories/waves';
import { DEFAULT_K } from '../../domain/disclosure';
import { addDays, formatDate, formatTime } from '../../domain/time';
import { DEFAULT_INVITATION_SUBJECT, DEFAULT_INVITATION_TEXT, DEFAULT_REMINDER_TEXT } from '../../emails/waves/defaults';
import { WAVE_FIELDS } from '../../inputs/waves/wave';
import { audienceOptions, dimensionOptions, huvudgruppOptions, kommungruppOptions, landsdelOptions } from './labels';

export type WaveFormValues = Record<string, string | string[]>;
const LIST_FIELDS = new Set(['landsdel', 'huvudgrupp', 'kommungrupp', 'dimensions', 'rss']);

/** Everything the wave form lists: the published survey versions and the stored register indicators (both read
 *  by the route; indicators are offered as register bands) and the group choices. */
export function waveFormOptions(versions: readonly StoredVersion[], registerIndicators: readonly { id: number; name: string; lastYear: number | null }[]) {
  const indicators = registerIndicators.filter((i) => i.lastYear !== null);
  return {
    registerOptions: [{ value: '', label: 'Ingen' }, ...indicators.map((i) => ({ value: String(i.id), label: `${i.name} (senaste år ${i.lastYear})` }))],
    rssOptions: [{ value: 'ja', label: 'Redovisa per RSS-region' }],
    versionOptions: [{ value: '', label: 'Välj enkät' },
      ...versions.map((v) => ({ value: String(v.id), label: `${v.surveyTitle} (version ${v.versionNo})` }))],
    audienceOptions, landsdelOptions, huvudgruppOptions, kommungruppOptions, dimensionOptions,
  };
}

/** A new wave starts two weeks ahead, open for two weeks, with the Swedish default texts. */
export function newWaveValues(now: Date): WaveFormValues {
  const opens = addDays(now, 14);
  return {
    audience: 'all', opens_date: formatDate(opens), opens_time: '08:00', closes_date: formatDate(addDays(opens, 14)), closes_time: '23:59',
    reminder_days: '7, 2', dimensions: ['landsdel', 'huvudgrupp'], register_indicator: '', rss: [], k: String(DEFAULT_K),
    invitation_subject: DEFAULT_INVITATION_SUBJECT, invitation_text: DEFAULT_INVITATION_TEXT, reminder_text: DEFAULT_REMINDER_TEXT,
  };
}

/** A saved wave as form values (Stockholm wall clock). */
export function waveFormValues(w: Wave): WaveFormValues {
  const opens = new Date(w.opensAt);
  const closes = new Date(w.closesAt);
  const filter: { landsdel?: string[]; huvudgrupp?: string[]; kommungrupp?: string[] } = w.audience.kind === 'filter' ? w.audience : {};
  return {
    title: w.title, survey_version_id: String(w.surveyVersionId), audience: w.audience.kind,
    landsdel: filter.landsdel ?? [], huvudgrupp: filter.huvudgrupp ?? [], kommungrupp: filter.kommungrupp ?? [],
    opens_date: formatDate(opens), opens_time: formatTime(opens), closes_date: formatDate(closes), closes_time: formatTime(closes),
    reminder_days: w.reminderDays.join(', '), dimensions: w.dimensions.filter((d) => d !== 'band' && d !== 'rss'), k: String(w.k),
    register_indicator: w.registerBand ? String(w.registerBand.indicatorId) : '', rss: w.dimensions.includes('rss') ? ['ja'] : [],
    invitation_subject: w.invitationSubject, invitation_text: w.invitationText, reminder_text: w.reminderText,
  };
}

/** The posted form as typed, so nothing is lost on a 422 (checkbox groups stay lists). */
export function postedWaveValues(body: Record<string, unknown>): WaveFormValues {
  return Object.fromEntries(WAVE_FIELDS.map((f) => {
    const v = body[f];
    if (LIST_FIELDS.has(f)) return [f, ([] as unknown[]).concat(v ?? []).filter((x): x is string => typeof x === 'string')];
    return [f, typeof v === 'string' ? v : ''];
  }));
}
