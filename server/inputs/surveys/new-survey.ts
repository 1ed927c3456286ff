import { z } from 'zod';
import type { SeriesChoice } from '../../services/surveys/create-survey';

export const NEW_SERIES = 'ny';

const seriesFields = {
  series: z.string().trim().default(''),
  new_series: z.string().trim().max(120, 'Namnet på serien får vara högst 120 tecken').default(''),
};

function refineSeries(v: { series: string; new_series: string }, ctx: z.RefinementCtx): void {
  if (v.series === NEW_SERIES && v.new_series === '') ctx.addIssue({ code: 'custom', path: ['new_series'], message: 'Skriv ett namn på den nya serien' });
  else if (v.series !== NEW_SERIES && v.series !== '' && !/^\d{1,9}$/.test(v.series)) ctx.addIssue({ code: 'custom', path: ['series'], message: 'Välj en serie i listan' });
}

export function seriesChoiceOf(v: { series: string; new_series: string }): SeriesChoice {
  if (v.series === NEW_SERIES) return { kind: 'new', title: v.new_series };
  return v.series === '' ? { kind: 'none' } : { kind: 'existing', id: Number(v.series) };
}

export const newSurveyInput = z.object({
  title: z.string().trim().min(1, 'Ange ett namn på enkäten').max(200, 'Namnet får vara högst 200 tecken'),
  ...seriesFields,
}).superRefine(refineSeries);
export const NEW_SURVEY_FIELDS = ['title', 'series', 'new_series'];

export const importSurveyInput = z.object(seriesFields).superRefine(refineSeries);
export const IMPORT_FIELDS = ['fil', 'series', 'new_series'];

/** Where a new survey starts: blank, a shipped template, or a published version. */
export type SurveySource = { kind: 'blank' } | { kind: 'template'; key: string } | { kind: 'version'; id: number };

export function sourceOf(query: Record<string, unknown>): SurveySource {
  if (typeof query.mall === 'string' && query.mall) return { kind: 'template', key: query.mall };
  const id = Number(query.fran);
  if (typeof query.fran === 'string' && Number.isSafeInteger(id) && id > 0) return { kind: 'version', id };
  return { kind: 'blank' };
}

/** The "Utgå från" radio: "tom", "mall:<key>" or "version:<id>"; null when it is none of them. */
export function sourceOfChoice(value: unknown): SurveySource | null {
  if (value === 'tom') return { kind: 'blank' };
  const text = typeof value === 'string' ? value : '';
  if (text.startsWith('mall:')) return { kind: 'template', key: text.slice(5) };
  const id = Number(text.startsWith('version:') ? text.slice(8) : NaN);
  return Number.isSafeInteger(id) && id > 0 ? { kind: 'version', id } : null;
}

export function choiceOfSource(source: SurveySource): string {
  return source.kind === 'blank' ? 'tom' : source.kind === 'template' ? `mall:${source.key}` : `version:${source.id}`;
}
