import assert from 'node:assert/strict';
import fc from 'fast-check';
import { closeDueWaves } from '../../../server/services/waves/close-waves';
import { openDueWaves } from '../../../server/services/waves/open-waves';
import { releaseBallots } from '../../../server/services/waves/release-ballots';
import type { TestContext } from '../../support/context';
import { sendDueReminders } from '../../../server/services/waves/send-reminders';
import { Respondent } from '../../answer/support';
import { addQuestionVia, createSurveyVia, revisionOf } from '../../surveys/support';
import { addMembers, SVEALAND, waveForm } from '../../waves/support';
import { assertMailGoesOut, assertNot500, propertySeed, smtpContext, staffText } from './support';

/** Answers the one question with its first option, and sends. */
async function answer(ctx: TestContext, link: string): Promise<boolean> {
  const r = new Respondent(ctx);
  assertNot500(await r.open(link), 'answer link');
  const page = await r.get('/svar/sida/sida_1');
  assertNot500(page, 'question page');
  const value = /<input[^>]*name="q_val"[^>]*>/.exec(page.text)?.[0].match(/value="([^"]*)"/)?.[1];
  if (value === undefined) return false;
  const next = await r.post('/svar/sida/sida_1', { _action: 'next', q_val: decodeEntities(value) });
  assertNot500(next, 'answer');
  assertNot500(await r.get('/svar/granska'), 'review');
  const sent = await r.post('/svar/skicka');
  assertNot500(sent, 'submit');
  return sent.status === 303 && sent.headers.location === '/svar/tack';
}

const decodeEntities = (s: string) => s.replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n))).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** Survey texts, a contact's name and a wave's invitation texts, all typed by staff, then the
 *  invitations and reminders sent over SMTP and the respondent pages answered. */
describe('inputs that break later: survey, contact and wave forms, results charts (property)', function () {
  this.timeout(600_000);
  let env: Awaited<ReturnType<typeof smtpContext>>;
  const seed = propertySeed('waves');
  before(async () => { env = await smtpContext(); await addMembers(env.ctx, SVEALAND); });
  after(() => env.close());

  it('never make an invitation, a reminder, a respondent page or the results (charts, exports) fail', async () => {
    let run = 0;
    let reached = 0;
    let submitted = 0;
    const texts = fc.record({
      survey: staffText(200), page: staffText(200), question: staffText(300), option: staffText(80),
      contact: staffText(120), title: staffText(200), subject: staffText(200), invitation: staffText(400), reminder: staffText(400),
    });
    await fc.assert(fc.asyncProperty(texts, async (t) => {
      const { ctx } = env;
      run++;
      await ctx.db.deleteFrom('outbox').execute();
      const editor = await ctx.as('editor');
      const kod = SVEALAND[run % SVEALAND.length]!;
      assertNot500(await editor.post(`/panel/kommuner/${kod}/kontakt/ordinarie`, { name: t.contact, title: t.contact, email: `k${run}@kommun.example` }), 'contact');

      const survey = await createSurveyVia(editor, { title: `Enkät ${run}` });
      assertNot500(await editor.post(`${survey.path}/sidor/sida_1`, { revision: String(await revisionOf(ctx, survey.versionId)), title: t.page, intro: t.page }), 'page');
      const q = await addQuestionVia(ctx, editor, survey.path, survey.versionId, 'sida_1', 'single_choice', { key: 'val', text: t.question, 'options.0.label': t.option, 'options.1.label': 'Annat' });
      assertNot500(q, 'question');
      const published = await editor.post(`${survey.path}/publicera`, { revision: String(await revisionOf(ctx, survey.versionId)) });
      assertNot500(published, 'publish');

      const opens = new Date(ctx.clock.now().getTime() + 3_600_000);
      const date = opens.toISOString().slice(0, 10);
      const wave = await editor.post('/utskick', waveForm(survey.versionId, {
        title: t.title, invitation_subject: t.subject, invitation_text: t.invitation, reminder_text: t.reminder,
        opens_date: date, opens_time: '23:00', closes_date: '2027-12-30', k: '3',
      }));
      assertNot500(wave, 'POST /utskick');
      ctx.clock.advanceMinutes(60 * 24);
      await openDueWaves(ctx.deps);
      await assertMailGoesOut(ctx, `invitations ${JSON.stringify(t)}`);
      const links = (await ctx.db.selectFrom('outbox').select('text').where('unique_key', 'like', 'invite:%').execute())
        .map((r) => /http:\/\/panel\.test(\/svar\/[\w-]{43})/.exec(r.text)?.[1]).filter((l): l is string => Boolean(l));
      if (links.length) reached++;
      for (const link of links) if (await answer(ctx, link)) submitted++;
      ctx.clock.set('2027-12-26T09:00:00Z');
      await sendDueReminders(ctx.deps);
      await assertMailGoesOut(ctx, `reminders ${JSON.stringify(t)}`);
      ctx.clock.set('2027-12-31T09:00:00Z');
      await closeDueWaves(ctx.deps);
      await releaseBallots(ctx.deps);
      const waveId = /\/utskick\/(\d+)$/.exec(wave.headers.location ?? '')?.[1];
      const analyst = await ctx.as('analyst');
      if (waveId) for (const path of ['', '/export.csv', '/export.xlsx']) assertNot500(await analyst.get(`/resultat/vagor/${waveId}${path}`), `results${path}`);
      ctx.clock.set('2026-11-23T09:00:00.000Z');
      await ctx.db.updateTable('waves').set({ status: 'cancelled' }).execute();
    }), { numRuns: 12, seed });
    assert.ok(reached >= 3 && submitted >= 9, `only ${reached} runs got as far as an invitation, ${submitted} answers sent`);
  });
});
