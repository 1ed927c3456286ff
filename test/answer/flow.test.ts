import assert from 'node:assert/strict';
import { openBallot } from '../../server/services/waves/ballot-box';
import { createTestContext, type TestContext } from '../support/context';
import { answerLinks, openWaveForTest, Respondent } from './support';

describe('answering: link, pages, conditions, review, submit', () => {
  let ctx: TestContext;
  let links: string[];
  beforeEach(async () => {
    ctx = await createTestContext();
    await openWaveForTest(ctx);
    links = await answerLinks(ctx);
  });
  afterEach(() => ctx.close());

  it('swaps the token for an HttpOnly cookie and redirects 303 to an address without the token', async () => {
    const r = new Respondent(ctx);
    const res = await r.get(links[0]!);
    assert.equal(res.status, 303);
    assert.equal(res.headers.location, '/svar');
    const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('svar='));
    assert.match(cookie!, /HttpOnly/i);
    assert.match(cookie!, /SameSite=Lax/i);
    assert.ok(!cookie!.includes(links[0]!.slice(6)), 'the cookie does not carry the token');
    assert.equal(res.headers['cache-control'], 'no-store');
    const start = await r.get('/svar');
    assert.equal(start.status, 200);
    assert.match(start.text, /Börja svara/);
  });

  it('walks the pages with a condition, validates each page, reviews and submits once', async () => {
    const r = new Respondent(ctx);
    await r.open(links[0]!);
    const first = await r.get('/svar/sida/start');
    assert.equal(first.status, 200);
    assert.match(first.text, /Sida 1 av 2/);
    assert.doesNotMatch(first.text, /Föregående sida/, 'nothing before the first page');

    const empty = await r.post('/svar/sida/start', { _action: 'next' });
    assert.equal(empty.status, 422);
    assert.match(empty.text, /class="error-summary"/);
    assert.match(empty.text, /href="#q_brist[^"]*"/);

    const bad = await r.post('/svar/sida/start', { _action: 'next', q_brist: 'ja', q_antal: '500' });
    assert.equal(bad.status, 422, 'out of range');
    assert.match(bad.text, /value="500"/, 'the typed value is kept');

    // antal ≥ 10 shows page "orsak"
    const ok = await r.post('/svar/sida/start', { _action: 'next', q_brist: 'ja', q_antal: '12' });
    assert.equal(ok.status, 303);
    assert.equal(ok.headers.location, '/svar/sida/orsak');
    assert.match((await r.get('/svar/sida/orsak')).text, /Sida 2 av 3[\s\S]*Föregående sida/);
    const back = await r.post('/svar/sida/orsak', { _action: 'back', q_varfor: 'Svårt att rekrytera' });
    assert.equal(back.headers.location, '/svar/sida/start');
    // fewer missing posts: the condition hides "orsak" and its answer goes
    const fewer = await r.post('/svar/sida/start', { _action: 'next', q_brist: 'ja', q_antal: '3' });
    assert.equal(fewer.headers.location, '/svar/sida/atgarder');
    assert.equal((await r.get('/svar/sida/orsak')).status, 303, 'a hidden page is not shown');
    const last = await r.post('/svar/sida/atgarder', { _action: 'next', q_gjort: ['bonus', 'annons'], q_annons_var: 'Platsbanken' });
    assert.equal(last.headers.location, '/svar/granska');

    const review = await r.get('/svar/granska');
    assert.equal(review.status, 200);
    assert.match(review.text, /Platsbanken/);
    assert.doesNotMatch(review.text, /Svårt att rekrytera/);

    const sent = await r.post('/svar/skicka');
    assert.equal(sent.status, 303);
    assert.equal(sent.headers.location, '/svar/tack');
    const ballots = await ctx.db.selectFrom('ballots').select(['payload', 'wave_id']).execute();
    assert.equal(ballots.length, 1);
    assert.doesNotMatch(ballots[0]!.payload, /Platsbanken|annons/, 'the ballot is sealed');
    const payload = await openBallot(ctx.db, ballots[0]!.wave_id, ballots[0]!.payload);
    assert.deepEqual(Object.keys(payload.answers).sort(), ['annons_var', 'antal', 'brist', 'gjort']);
    assert.deepEqual(Object.keys(payload.bg), ['landsdel']);
    assert.equal((await ctx.db.selectFrom('drafts').selectAll().execute()).length, 0, 'the draft is deleted at submit');

    const again = new Respondent(ctx);
    const reopened = await again.open(links[0]!);
    assert.match(reopened.text, /Du har redan skickat in dina svar/);
  });
});

describe('answering: what a respondent types comes back escaped', () => {
  let ctx: TestContext;
  before(async () => { ctx = await createTestContext(); });
  after(() => ctx.close());

  it('on the review page and on the page itself', async () => {
    await openWaveForTest(ctx);
    const r = new Respondent(ctx);
    await r.open((await answerLinks(ctx))[0]!);
    await r.get('/svar/sida/start');
    await r.post('/svar/sida/start', { _action: 'next', q_brist: 'nej' });
    const evil = '<script>alert(1)</script>" onfocus="x()';
    const posted = await r.post('/svar/sida/atgarder', { _action: 'next', q_gjort: 'annons', q_annons_var: evil, q_extra: '<b>' });
    assert.equal(posted.status, 303, 'a valid page; unknown fields are ignored');
    const review = await r.get('/svar/granska');
    assert.ok(!review.text.includes('<script>alert(1)'), 'no raw script tag');
    assert.match(review.text, /&lt;script&gt;alert\(1\)&lt;\/script&gt;&#34; onfocus=&#34;x\(\)/);
    const page = await r.get('/svar/sida/atgarder');
    assert.ok(!page.text.includes('" onfocus="x()'), 'attribute not broken out of');
  });
});
