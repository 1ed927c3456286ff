import { findStaffById } from '../../../db/repositories/staff-users';
import { formatDate, stockholmLocalToUtc } from '../../../server/domain/time';
import { DEFAULT_INVITATION_SUBJECT, DEFAULT_INVITATION_TEXT, DEFAULT_REMINDER_TEXT } from '../../../server/emails/waves/defaults';
import type { DemoContext, DemoSurveyVersions } from './context';
import { runWave } from './waves';

/**
 * Issue 18: one closed wave broken down by a register band — tertiles of the first demo register indicator
 * (fictitious values, marked in its name), fixed when the wave was scheduled. Run after the register step, through
 * the same services as the other demo waves; its ballots carry only the band label.
 */
export async function seedDemoBandWave(ctx: DemoContext): Promise<void> {
  const versions = ctx.shared.surveyVersions as DemoSurveyVersions | undefined;
  const indicatorId = (ctx.shared.koladaDemoIndicators as number[] | undefined)?.[0];
  if (!versions || indicatorId === undefined) return ctx.print('  Registerband: ingen enkät eller inget nyckeltal, hoppar över.');
  const editor = await findStaffById(ctx.deps.db, ctx.staffIds.editor);
  const actor = { id: editor?.id ?? 0, email: editor?.email ?? 'demo' };
  const now = ctx.deps.clock.now();
  let year = Number(formatDate(now).slice(0, 4));
  if (now < stockholmLocalToUtc(`${year}-09-12`, '00:00')) year -= 1;
  const id = await runWave(ctx, actor, {
    surveyVersionId: versions.substance, title: `Skadligt bruk i hemtjänsten, per andel i särskilt boende ${year} (registerband)`,
    audience: { kind: 'all' }, dimensions: [], registerIndicatorId: indicatorId, k: 5,
    opensAt: stockholmLocalToUtc(`${year}-08-24`, '08:00').toISOString(), closesAt: stockholmLocalToUtc(`${year}-09-11`, '23:59').toISOString(),
    reminderDays: [7], invitationSubject: DEFAULT_INVITATION_SUBJECT, invitationText: DEFAULT_INVITATION_TEXT, reminderText: DEFAULT_REMINDER_TEXT,
  }, { share: 0.7, close: true });
  ctx.shared.bandWave = id;
  ctx.print('  Registerband: ett stängt utskick redovisas per tredjedel av ett nyckeltal (fiktiva demovärden), se Resultat → uppdelning Registerband.');
}
