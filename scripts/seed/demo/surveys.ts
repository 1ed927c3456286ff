import { surveyTemplates } from '../../../server/domain/survey/templates';
import { createSurvey, type SeriesChoice } from '../../../server/services/surveys/create-survey';
import { publishSurveyVersion } from '../../../server/services/surveys/versions';
import { findStaffById } from '../../../db/repositories/staff-users';
import type { DemoContext, DemoSurveyVersions } from './context';

const template = (key: string) => surveyTemplates.find((t) => t.key === key)!.definition;

/**
 * The series "Bemanning sommar": June (inför sommaren) and October (uppföljning) share the question keys
 * brist_per_grupp, vikarier_rekryterade_andel and kommentar, so their results compare. Plus a third survey on
 * hemtjänst and substance misuse. All published through the same services the designer uses.
 */
export async function seedDemoSurveys(ctx: DemoContext): Promise<void> {
  const editor = await findStaffById(ctx.deps.db, ctx.staffIds.editor);
  const actor = editor ? { id: editor.id, email: editor.email } : null;
  async function publish(key: string, title: string, series: SeriesChoice): Promise<{ surveyId: number; versionId: number }> {
    const created = await createSurvey(ctx.deps, actor, { definition: { ...template(key), title }, series, action: 'survey.create', details: { template: key } });
    if (!created.ok) throw new Error(`demo survey ${key} is invalid`);
    const published = await publishSurveyVersion(ctx.deps, actor, { versionId: created.versionId, revision: 1 });
    if (!published.ok) throw new Error(`demo survey ${key} could not be published`);
    return created;
  }
  const june = await publish('bemanning_infor_sommaren', 'Bemanning inför sommaren', { kind: 'new', title: 'Bemanning sommar' });
  const seriesRow = await ctx.deps.db.selectFrom('surveys').select('series_id').where('id', '=', june.surveyId).executeTakeFirstOrThrow();
  const october = await publish('bemanning_uppfoljning_sommaren', 'Uppföljning av bemanningen under sommaren', { kind: 'existing', id: seriesRow.series_id! });
  const substance = await publish('hemtjanst_skadligt_bruk', 'Hemtjänst för äldre med skadligt bruk eller beroende', { kind: 'none' });
  const versions: DemoSurveyVersions = { juneV1: june.versionId, october: october.versionId, substance: substance.versionId };
  ctx.shared.surveyVersions = versions;
  ctx.print('  Enkäter: serien ”Bemanning sommar” (juni och oktober) och ”Hemtjänst för äldre med skadligt bruk eller beroende”, alla publicerade.');
}
