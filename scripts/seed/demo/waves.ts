import { findStaffById } from '../../../db/repositories/staff-users';
import { markInvitationOpened } from '../../../db/repositories/invitations';
import type { WaveSettings } from '../../../db/repositories/waves';
import type { AppDeps } from '../../../server/deps';
import { addDays, stockholmLocalToUtc, formatDate } from '../../../server/domain/time';
import { DEFAULT_INVITATION_SUBJECT, DEFAULT_INVITATION_TEXT, DEFAULT_REMINDER_TEXT } from '../../../server/emails/waves/defaults';
import { createMailer } from '../../../server/mail/mailer';
import { drainOutbox } from '../../../server/services/drain-outbox';
import { loadRespondent } from '../../../server/services/answering/respondent';
import { submitBallot } from '../../../server/services/answering/submit-ballot';
import { closeDueWaves } from '../../../server/services/waves/close-waves';
import { openDueWaves } from '../../../server/services/waves/open-waves';
import { releaseBallots } from '../../../server/services/waves/release-ballots';
import { scheduleWave } from '../../../server/services/waves/schedule-wave';
import { sendDueReminders } from '../../../server/services/waves/send-reminders';
import { shuffled } from '../demo-data/random';
import type { DemoContext, DemoSurveyVersions } from './context';
import { fictitiousAnswers } from './wave-answers';

export interface DemoWaves { june: number; october: number; open: number }

const LEAN: Record<string, number> = { Norrland: 0.72, Svealand: 0.5, Götaland: 0.45 };
const HOUR = 3_600_000;

/**
 * Three waves, each run through the real services with the clock set to the moment each step happens:
 * schedule → open (invitations) → mail drained to the mail viewer → fictitious respondents submit through
 * submitBallot → reminders → close (ballots released). June and October are closed and released; the third
 * is open now, and its invitations in the mail viewer carry working answer links. A fourth is only planned.
 */
export async function seedDemoWaves(ctx: DemoContext): Promise<void> {
  const versions = ctx.shared.surveyVersions as DemoSurveyVersions | undefined;
  if (!versions) return ctx.print('  Utskick: inga publicerade enkäter, hoppar över.');
  const editor = await findStaffById(ctx.deps.db, ctx.staffIds.editor);
  const actor = { id: editor?.id ?? 0, email: editor?.email ?? 'demo' };
  const now = ctx.deps.clock.now();
  let year = Number(formatDate(now).slice(0, 4));
  if (now < stockholmLocalToUtc(`${year}-10-12`, '00:00')) year -= 1;
  const at = (iso: string) => stockholmLocalToUtc(iso.slice(0, 10), iso.slice(11));
  const base = { audience: { kind: 'all' } as const, dimensions: ['landsdel', 'huvudgrupp'] as WaveSettings['dimensions'], k: 5,
    invitationSubject: DEFAULT_INVITATION_SUBJECT, invitationText: DEFAULT_INVITATION_TEXT, reminderText: DEFAULT_REMINDER_TEXT };

  const june = await runWave(ctx, actor, { ...base, surveyVersionId: versions.juneV1, title: `Bemanning inför sommaren ${year}`,
    opensAt: at(`${year}-05-18 08:00`).toISOString(), closesAt: at(`${year}-06-05 23:59`).toISOString(), reminderDays: [7, 2] }, { share: 0.74, close: true, few: { landsdel: 'Norrland', answers: 4 } });
  const october = await runWave(ctx, actor, { ...base, surveyVersionId: versions.october, title: `Uppföljning av bemanningen under sommaren ${year}`,
    opensAt: at(`${year}-09-21 08:00`).toISOString(), closesAt: at(`${year}-10-09 23:59`).toISOString(), reminderDays: [7] }, { share: 0.68, close: true, lean: -0.08 });
  const openOpens = stockholmLocalToUtc(formatDate(addDays(now, -3)), '08:00');
  const open = await runWave(ctx, actor, { ...base, surveyVersionId: versions.substance, title: 'Hemtjänst för äldre med skadligt bruk eller beroende',
    opensAt: openOpens.toISOString(), closesAt: stockholmLocalToUtc(formatDate(addDays(now, 11)), '23:59').toISOString(), reminderDays: [7, 2] }, { share: 0.24, close: false });
  const planned = await scheduleWave(ctx.deps, actor, { ...base, surveyVersionId: versions.juneV1, title: `Bemanning inför sommaren ${year + 1}`,
    opensAt: at(`${year + 1}-05-17 08:00`).toISOString(), closesAt: at(`${year + 1}-06-04 23:59`).toISOString(), reminderDays: [7, 2] });
  if (!planned.ok) throw new Error(`demo wave refused: ${JSON.stringify(planned.errors)}`);

  ctx.shared.waves = { june, october, open } satisfies DemoWaves;
  ctx.print(`  Utskick: juni och oktober ${year} stängda med svar, ett öppet nu (länkarna finns i e-postvisningen), ett planerat till ${year + 1}.`);
}

/** deps whose clock stands still at `t`: each step of the wave happens at its own time. */
function depsAt(ctx: DemoContext, t: Date): AppDeps {
  return { ...ctx.deps, clock: { now: () => new Date(t) }, mailer: createMailer({ smtpUrl: null }) };
}

export async function runWave(ctx: DemoContext, actor: { id: number; email: string }, s: Parameters<typeof scheduleWave>[2], o: { share: number; close: boolean; lean?: number; few?: { landsdel: string; answers: number } }): Promise<number> {
  const opens = new Date(s.opensAt);
  const closes = new Date(s.closesAt);
  const scheduled = await scheduleWave(depsAt(ctx, addDays(opens, -10)), actor, s);
  if (!scheduled.ok) throw new Error(`demo wave refused: ${JSON.stringify(scheduled.errors)}`);
  await openDueWaves(depsAt(ctx, opens));
  await drainOutbox(depsAt(ctx, new Date(opens.getTime() + 60_000)));
  const until = o.close ? closes : ctx.deps.clock.now();
  const span = until.getTime() - opens.getTime();
  const invitations = await ctx.deps.db.selectFrom('invitations as i').innerJoin('municipalities as m', 'm.kommunkod', 'i.kommunkod')
    .select(['i.id', 'm.landsdel']).where('i.wave_id', '=', scheduled.id).orderBy('i.id').execute();
  // A closed wave: a random share answered, but only `few.answers` from `few.landsdel`, so the demo's breakdown
  // shows how a group below k is hidden. The open wave: the first invitations answered (the mail viewer lists
  // the newest first, so its top links are still unanswered).
  const few = o.few;
  const pool = o.close ? shuffled(ctx.rng, invitations) : invitations;
  const wanted = Math.round(invitations.length * o.share);
  const answering = few
    ? [...pool.filter((i) => i.landsdel === few.landsdel).slice(0, few.answers), ...pool.filter((i) => i.landsdel !== few.landsdel)].slice(0, wanted)
    : pool.slice(0, wanted);
  const answered = new Set(answering);
  const reminders = s.reminderDays.map((d) => new Date(addDays(closes, -d).getTime() + 60_000)).filter((t) => t < until);
  const submits = shuffled(ctx.rng, answering).map((inv) => ({ at: opens.getTime() + HOUR + ctx.rng() * (span - 2 * HOUR), inv }));
  // Submits and reminder runs in time order, so reminders reach only those who had not answered by then.
  const events = [...submits, ...reminders.map((t) => ({ at: t.getTime(), inv: null }))].sort((a, b) => a.at - b.at);
  for (const e of events) {
    const t = new Date(e.at);
    if (!e.inv) {
      await sendDueReminders(depsAt(ctx, t));
      await drainOutbox(depsAt(ctx, new Date(t.getTime() + 60_000)));
      continue;
    }
    const state = await loadRespondent(depsAt(ctx, t), e.inv.id);
    if (state.kind !== 'answering') continue;
    await markInvitationOpened(ctx.deps.db, e.inv.id);
    const r = state.respondent;
    r.answers = fictitiousAnswers(r.definition, ctx.rng, Math.min(1, Math.max(0, (LEAN[r.municipality.landsdel] ?? 0.5) + (o.lean ?? 0))));
    await submitBallot(depsAt(ctx, t), r);
  }
  for (const inv of pool.filter((i) => !answered.has(i)).filter(() => ctx.rng() < 0.2)) await markInvitationOpened(ctx.deps.db, inv.id);
  await releaseBallots(depsAt(ctx, until));
  if (o.close) await closeDueWaves(depsAt(ctx, new Date(closes.getTime() + 60_000)));
  return scheduled.id;
}
