import { placedQuestions } from '../../domain/survey/definition-index';
import type { SurveyDefinition } from '../../domain/survey/definition';
import type { VersionSummary } from '../../../db/repositories/survey-drafts';
import type { SurveyRow } from '../../../db/repositories/surveys';
import { STATUS_LABEL, STATUS_TAG } from './labels';

export function versionRows(versions: VersionSummary[]) {
  return versions.map((v) => ({
    id: v.id, surveyId: v.survey_id, versionNo: v.version_no, status: v.status, statusLabel: STATUS_LABEL[v.status],
    statusTag: STATUS_TAG[v.status], publishedAt: v.published_at, updatedAt: v.updated_at,
    href: `/enkater/${v.survey_id}/versioner/${v.id}`,
  }));
}

/**
 * Question keys that more than one survey of a series asks (in a published version): the answers to these are
 * what results compare across waves. Each cell lists the versions with the key.
 */
export function sharedKeys(surveys: SurveyRow[], versions: VersionSummary[]) {
  const found = new Map<string, { text: string; bySurvey: Map<number, number[]> }>();
  for (const version of versions.filter((v) => v.status === 'published').sort((a, b) => a.version_no - b.version_no)) {
    const def = JSON.parse(version.definition) as SurveyDefinition;
    for (const { question } of placedQuestions(def)) {
      if (question.type === 'info_block') continue;
      const entry = found.get(question.key) ?? { text: question.text, bySurvey: new Map<number, number[]>() };
      entry.text = question.text;
      entry.bySurvey.set(version.survey_id, [...(entry.bySurvey.get(version.survey_id) ?? []), version.version_no]);
      found.set(question.key, entry);
    }
  }
  return [...found.entries()]
    .filter(([, entry]) => entry.bySurvey.size > 1)
    .map(([key, entry]) => ({
      key,
      text: entry.text,
      cells: surveys.map((s) => (entry.bySurvey.get(s.id) ?? []).map((n) => `v${n}`).join(', ') || '–'),
    }));
}
