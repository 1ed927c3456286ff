import assert from 'node:assert/strict';
import { ANSWER_SESSION_MS } from '../../server/services/answering/answer-session';
import { createTestContext, type TestContext } from '../support/context';
import { assertNoPlaintext } from '../support/sealed';
import { answerLinks, openWaveForTest, Respondent } from './support';

describe('answering: save and resume, back and forward', () => {
  let ctx: TestContext;
  let link: string;
  beforeEach(async () => {
    ctx = await createTestContext();
    await openWaveForTest(ctx);
    link = (await answerLinks(ctx))[1]!;
  });
  afterEach(() => ctx.close());

  it('saves on every page and resumes with the same link after the cookie has expired', async () => {
    // A different draft each run: the number (10–100 shows the page "orsak") and a unique reason.
    const antal = String(10 + Math.floor(Math.random() * 91));
    const reason = `Få sökande ${Math.random().toString(36).slice(2, 10)}`;
    const r = new Respondent(ctx);
    await r.open(link);
    await r.get('/svar/sida/start');
    await r.post('/svar/sida/start', { _action: 'next', q_brist: 'ja', q_antal: antal });
    const saved = await r.post('/svar/sida/orsak', { _action: 'save', q_varfor: reason });
    assert.equal(saved.headers.location, '/svar/sparat');
    assert.match((await r.get('/svar/sparat')).text, /Dina svar är sparade/);

    const draft = await ctx.db.selectFrom('drafts').selectAll().executeTakeFirstOrThrow();
    assert.equal(draft.page_key, null, 'where the member got to is inside the sealed draft');
    assertNoPlaintext(draft.answers, [reason, 'Få sökande', 'q_varfor', 'q_antal'], 'the stored draft');

    ctx.clock.advance(ANSWER_SESSION_MS + 60_000);
    const expired = await r.get('/svar/sida/orsak');
    assert.match(expired.text, /Öppna länken i e-postmeddelandet igen/);

    const later = new Respondent(ctx);
    const start = await later.open(link);
    assert.match(start.text, /Fortsätt där du slutade/);
    assert.match(start.text, /href="\/svar\/sida\/orsak"/);
    const page = await later.get('/svar/sida/orsak');
    assert.ok(page.text.includes(reason), reason);
    const first = await later.get('/svar/sida/start');
    assert.ok(first.text.includes(`value="${antal}"`), antal);
  });

  it('going back keeps what was typed, even when it is not valid yet, and forward checks it', async () => {
    const r = new Respondent(ctx);
    await r.open(link);
    await r.get('/svar/sida/start');
    await r.post('/svar/sida/start', { _action: 'next', q_brist: 'nej' });
    const back = await r.post('/svar/sida/atgarder', { _action: 'back', q_gjort: 'annons' });
    assert.equal(back.headers.location, '/svar/sida/start');
    const again = await r.get('/svar/sida/atgarder');
    assert.match(again.text, /value="annons"[^>]*checked/);
    const next = await r.post('/svar/sida/atgarder', { _action: 'next', q_gjort: 'annons' });
    assert.equal(next.status, 422, 'annons_var is required once annons is chosen');
    assert.match(next.text, /Det finns fel i formuläret/);
  });

  it('a page the respondent has not reached by valid answers is checked again at submit', async () => {
    const r = new Respondent(ctx);
    await r.open(link);
    await r.get('/svar/sida/start');
    await r.post('/svar/sida/start', { _action: 'save' });
    const review = await r.get('/svar/granska');
    assert.match(review.text, /Inte besvarad/);
    const sent = await r.post('/svar/skicka');
    assert.equal(sent.status, 422);
    assert.match(sent.text, /Har ni brist på personal/);
    assert.equal((await ctx.db.selectFrom('ballots').selectAll().execute()).length, 0);
  });
});
