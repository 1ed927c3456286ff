import { questionTypeOf } from '../../domain/question-types/registry';
import { questionsByKey } from '../../domain/survey/definition-index';
import type { SurveyDefinition } from '../../domain/survey/definition';
import type { StoredVersion } from '../../../db/repositories/survey-versions';
import { answerSummary, conditionText, STATUS_LABEL, STATUS_TAG } from './labels';

export const versionPath = (v: { surveyId: number; id: number }) => `/enkater/${v.surveyId}/versioner/${v.id}`;

/** A draft (editable by editors) or a frozen version, page by page, with every action the designer offers. */
export function designerView(version: StoredVersion, canEdit: boolean) {
  const def: SurveyDefinition = version.definition;
  const byKey = questionsByKey(def);
  const editable = canEdit && version.status === 'draft';
  const total = def.pages.reduce((n, page) => n + page.questions.length, 0);
  let order = 0;
  const pages = def.pages.map((page, pageIndex) => ({
    key: page.key,
    number: pageIndex + 1,
    title: page.title,
    intro: page.intro ?? null,
    conditionText: conditionText(page.showIf, byKey),
    canMoveUp: pageIndex > 0,
    canMoveDown: pageIndex < def.pages.length - 1,
    canDelete: def.pages.length > 1,
    questions: page.questions.map((question) => {
      const type = questionTypeOf(question);
      order += 1;
      return {
        key: question.key,
        number: order,
        text: question.text,
        typeLabel: type.label,
        hasAnswer: type.hasAnswer,
        required: question.required,
        summary: answerSummary(type.aggregation(question)),
        conditionText: conditionText(question.showIf, byKey),
        canMoveUp: order > 1,
        canMoveDown: order < total,
      };
    }),
  }));
  return {
    base: versionPath(version),
    editable,
    canEdit,
    version: {
      id: version.id, surveyId: version.surveyId, versionNo: version.versionNo, status: version.status, revision: version.revision,
      statusLabel: STATUS_LABEL[version.status], statusTag: STATUS_TAG[version.status], publishedAt: version.publishedAt,
    },
    definition: { title: def.title, intro: def.intro ?? null },
    questionCount: total,
    pages,
  };
}
