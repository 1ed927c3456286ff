import type { AppDeps } from '../../deps';
import type { SurveyDefinition } from '../../domain/survey/definition';
import { surveyTemplates } from '../../domain/survey/templates';
import type { SurveySource } from '../../inputs/surveys/new-survey';
import { findSurveyVersion } from '../../../db/repositories/survey-versions';
import { blankDefinition } from './create-survey';

export interface ResolvedSource { definition: SurveyDefinition; action: string; details: Record<string, unknown>; seriesId: number | null }

/**
 * The definition a new survey starts from, renamed to `title`. A template or an earlier version is copied as a
 * whole, so every page and question keeps its key (answers stay comparable across the series).
 */
export async function resolveSource(deps: AppDeps, source: SurveySource, title: string): Promise<ResolvedSource | null> {
  if (source.kind === 'blank') return { definition: blankDefinition(title), action: 'survey.create', details: {}, seriesId: null };
  if (source.kind === 'template') {
    const template = surveyTemplates.find((t) => t.key === source.key);
    if (!template) return null;
    return { definition: { ...structuredClone(template.definition), title }, action: 'survey.create', details: { template: template.key }, seriesId: null };
  }
  const version = await findSurveyVersion(deps.db, source.id);
  if (!version) return null;
  return { definition: { ...structuredClone(version.definition), title }, action: 'survey.copy', details: { from: version.id }, seriesId: version.seriesId };
}
