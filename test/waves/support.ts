import type { WaveSettings } from '../../db/repositories/waves';
import { scheduleWave } from '../../server/services/waves/schedule-wave';
import type { TestContext } from '../support/context';
import { addMember } from '../panel/support';
import { publishSurvey } from '../answer/support';

/** Municipalities in two landsdelar: Stockholm county (Svealand) and Norrbotten (Norrland). */
export const SVEALAND = ['0114', '0115', '0117', '0120', '0123', '0125'];
export const NORRLAND = ['2505', '2506'];

/** Members with one primary contact each: kontakt<kod>@kommun.example. */
export async function addMembers(ctx: TestContext, codes: readonly string[]): Promise<void> {
  for (const kod of codes) await addMember(ctx, kod, { name: `Kontakt ${kod}`, email: `kontakt${kod}@kommun.example` });
}

/** The form fields of a valid new wave, opening in a week for two weeks (Stockholm time). */
export function waveForm(versionId: number, over: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    title: 'Bemanning inför sommaren', survey_version_id: String(versionId), audience: 'all',
    opens_date: '2026-11-30', opens_time: '08:00', closes_date: '2026-12-14', closes_time: '23:59', reminder_days: '7, 2',
    dimensions: 'landsdel', k: '5', invitation_subject: 'Ny enkät', invitation_text: 'Hej!\n\nSvara gärna.', reminder_text: 'Glöm inte att svara.',
    ...over,
  };
}

/** A wave scheduled through the service, opening `opensInMinutes` from the test clock's now. */
export async function scheduleTestWave(ctx: TestContext, versionId: number, over: Partial<WaveSettings> = {}): Promise<number> {
  const now = ctx.clock.now().getTime();
  const result = await scheduleWave(ctx.deps, { id: 0, email: 'test' }, {
    surveyVersionId: versionId, title: 'Provutskick', audience: { kind: 'all' },
    opensAt: new Date(now + 60_000).toISOString(), closesAt: new Date(now + 10 * 86_400_000).toISOString(),
    reminderDays: [3], dimensions: ['landsdel'], k: 3, invitationSubject: 'Inbjudan till enkät',
    invitationText: 'Hej! Svara gärna.', reminderText: 'Påminnelse: svara gärna.', ...over,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.id;
}

export { publishSurvey };
