import assert from 'node:assert/strict';
import fc from 'fast-check';
import { meetingForm, registrationForm } from '../../meetings/support';
import { assertMailGoesOut, assertNot500, propertySeed, smtpContext, staffText, staffUrl } from './support';

/** Inputs that break later: whatever staff save in the meeting forms, the public pages, the
 *  registration (with its .ics) and every mail still work. */
describe('inputs that break later: meeting forms (property)', function () {
  this.timeout(300_000);
  let env: Awaited<ReturnType<typeof smtpContext>>;
  const seed = propertySeed('meetings');
  before(async () => { env = await smtpContext(); });
  after(() => env.close());

  it('a meeting (title, description, link, invitation list) and its follow-up never make a public page or a mail fail', async () => {
    let run = 0;
    let accepted = 0;
    await fc.assert(fc.asyncProperty(staffText(80), staffText(200), staffUrl, staffText(40), staffUrl, staffText(200), async (title, description, url, list, material, message) => {
      const { ctx } = env;
      run++;
      let editor = await ctx.as('editor');
      const created = await editor.post('/moten', meetingForm({ title, description, meeting_url: url, audience: run % 2 ? 'public' : 'list', recipient_emails: `a${run}@kommun.example${run % 4 ? '' : ` ${list}`}` }));
      assertNot500(created, 'POST /moten');
      if (created.status !== 303) return;
      accepted++;
      const id = /\/moten\/(\d+)$/.exec(created.headers.location)![1]!;
      assertNot500(await editor.post(`/moten/${id}/inbjudningar`, {}), 'invitations');
      for (const path of ['/moten-och-erfarenhetsutbyten', `/moten-och-erfarenhetsutbyten/${id}`]) assertNot500(await ctx.anonymous().get(path), path);
      assertNot500(await ctx.anonymous().post(`/moten-och-erfarenhetsutbyten/${id}`, registrationForm(run)), 'public registration');
      assertNot500(await editor.post(`/moten/${id}`, meetingForm({ title: `${title}!`, description, meeting_url: url, start_time: '10:30' })), 'change');
      ctx.clock.advanceMinutes(60 * 24 * 30); // the meeting is over: follow-up
      editor = await ctx.as('editor');
      assertNot500(await editor.post(`/moten/${id}/uppfoljning`, { material_url: material, message, recipients: 'registered', lagesbild_ids: '' }), 'follow-up');
      await assertMailGoesOut(ctx, `meeting ${JSON.stringify({ title, url, material, message })}`);
      ctx.clock.advanceMinutes(-60 * 24 * 30);
    }), { numRuns: 25, seed });
    assert.ok(accepted >= 5, `only ${accepted} meetings were accepted`);
  });
});
