import type { AppDeps } from '../../deps';
import { NEW_SERIES } from '../../inputs/surveys/new-survey';
import { listSeries } from '../../../db/repositories/surveys';

/** The series a new or imported survey may join: none, an existing one, or a new one named in the form. */
export async function seriesOptions(deps: AppDeps) {
  const series = await listSeries(deps.db);
  return [{ value: '', label: 'Ingen serie' }, ...series.map((s) => ({ value: String(s.id), label: s.title })), { value: NEW_SERIES, label: 'Ny serie (skriv namnet nedan)' }];
}
