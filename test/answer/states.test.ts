import assert from 'node:assert/strict';
import { closeDueWaves } from '../../server/services/waves/close-waves';
import { openDueWaves } from '../../server/services/waves/open-waves';
import { loadRespondent } from '../../server/services/answering/respondent';
import { submitBallot } from '../../server/services/answering/submit-ballot';
import { createTestContext, type TestContext } from '../support/context';
import { answerLinks, openWaveForTest, Respondent } from './support';

describe('answering: Swedish pages when the form cannot be shown', () => {
  let ctx: TestContext;
  beforeEach(async () => { ctx = await createTestContext(); });
  afterEach(() => ctx.close());

  it('an invalid or made-up link gives 404 with a Swedish explanation and sets no answer cookie', async () => {
    await openWaveForTest(ctx);
    for (const path of ['/svar/999999', `/svar/${'A'.repeat(43)}`]) {
      const res = await new Respondent(ctx).get(path);
      assert.equal(res.status, 404, path);
      assert.match(res.text, /Länken fungerar inte/);
      assert.ok(!([] as string[]).concat(res.headers['set-cookie'] ?? []).some((c) => c.startsWith('svar=')));
    }
  });

  it('without the cookie every respondent page asks to open the mailed link again', async () => {
    const r = new Respondent(ctx);
    for (const path of ['/svar', '/svar/sida/start', '/svar/granska', '/svar/sparat']) {
      const res = await r.get(path);
      assert.equal(res.status, 200, path);
      assert.match(res.text, /Öppna länken i e-postmeddelandet igen/, path);
    }
  });

  it('not yet open: says when it opens; the link works once the wave has opened', async () => {
    await openWaveForTest(ctx, { opensInMinutes: 60 });
    ctx.clock.advanceMinutes(61);
    await openDueWaves(ctx.deps);
    const link = (await answerLinks(ctx))[0]!;
    ctx.clock.advanceMinutes(-30);
    const early = await new Respondent(ctx).open(link);
    assert.match(early.text, /Enkäten har inte öppnat än/);
    assert.match(early.text, /Enkäten öppnar \d{4}-\d{2}-\d{2} kl\. \d{2}:\d{2}/);
    ctx.clock.advanceMinutes(30);
    assert.match((await new Respondent(ctx).open(link)).text, /Börja svara/);
  });

  it('closed: the link shows that the survey is closed, and a page posted after close saves nothing', async () => {
    const wave = await openWaveForTest(ctx);
    const link = (await answerLinks(ctx))[0]!;
    ctx.clock.set(new Date(new Date(wave.closesAt).getTime() - 60_000));
    const r = new Respondent(ctx);
    await r.open(link);
    await r.get('/svar/sida/start');
    ctx.clock.advanceMinutes(2);
    await closeDueWaves(ctx.deps);
    const late = await r.post('/svar/sida/start', { _action: 'next', q_brist: 'nej' });
    assert.match(late.text, /Enkäten är stängd/);
    assert.equal((await ctx.db.selectFrom('drafts').selectAll().execute()).length, 0);
    assert.match((await new Respondent(ctx).open(link)).text, /Enkäten är stängd/);
  });

  it('already submitted: the link and a second submit say so', async () => {
    await openWaveForTest(ctx);
    const link = (await answerLinks(ctx))[0]!;
    const r = new Respondent(ctx);
    await r.open(link);
    await r.get('/svar/sida/start');
    await r.post('/svar/sida/start', { _action: 'next', q_brist: 'nej' });
    await r.get('/svar/granska');
    const other = new Respondent(ctx);
    await other.open(link);
    await other.get('/svar/granska');
    assert.equal((await r.post('/svar/skicka')).headers.location, '/svar/tack');
    const second = await other.post('/svar/skicka');
    assert.match(second.text, /Du har redan skickat in dina svar/);
    assert.match((await new Respondent(ctx).open(link)).text, /Du har redan skickat in dina svar/);
    assert.equal((await ctx.db.selectFrom('ballots').selectAll().execute()).length, 1);
  });

  it('a submit that loses the race with the close job adds no late ballot', async () => {
    const wave = await openWaveForTest(ctx);
    const r = new Respondent(ctx);
    await r.open((await answerLinks(ctx))[0]!);
    await r.get('/svar/sida/start');
    await r.post('/svar/sida/start', { _action: 'next', q_brist: 'nej' });
    const state = await loadRespondent(ctx.deps, /svar=([\w-]{43})\./.exec(r.cookie)![1]!);
    assert.equal(state.kind, 'answering');
    if (state.kind !== 'answering') return;
    ctx.clock.set(new Date(wave.closesAt));
    await closeDueWaves(ctx.deps);
    assert.deepEqual(await submitBallot(ctx.deps, state.respondent), { kind: 'closed' });
    assert.equal((await ctx.db.selectFrom('ballots').selectAll().execute()).length, 0);
  });
});
