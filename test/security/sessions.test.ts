import assert from 'node:assert/strict';
import supertest from 'supertest';
import { createSession } from '../../server/auth/session-store';
import { createTestContext, csrfFrom, mergeCookies, TEST_PASSWORD, type TestContext } from '../support/context';

const PRODUCTION = { NODE_ENV: 'production', SESSION_SECRET: 's'.repeat(40), BASE_URL: 'https://panel.example' };

/** Login through the real form, starting from whatever cookies the browser already has. */
async function login(ctx: TestContext, cookie = '', email = 'editor@test.example') {
  const page = await supertest(ctx.app).get('/logga-in').set('Cookie', cookie);
  const jar = mergeCookies(cookie, page.headers['set-cookie']);
  const res = await supertest(ctx.app).post('/logga-in').set('Cookie', jar).type('form')
    .send({ _csrf: csrfFrom(page.text), email, password: TEST_PASSWORD });
  return { res, cookie: mergeCookies(jar, res.headers['set-cookie']), setCookie: ([] as string[]).concat(res.headers['set-cookie'] ?? []) };
}

const sidOf = (cookie: string) => /(?:^|; )(?:__Host-)?sid=([^;]+)/.exec(cookie)?.[1];
const overview = (ctx: TestContext, cookie: string) => supertest(ctx.app).get('/oversikt').set('Cookie', cookie);

describe('sessions: fixation, storage and cookie flags (checklist 1 and 3)', () => {
  let ctx: TestContext;
  afterEach(() => ctx?.close());

  it('ignores a session id planted before login and issues a fresh one', async () => {
    ctx = await createTestContext();
    await ctx.as('editor');
    const planted = 'A'.repeat(43);
    const { res, cookie } = await login(ctx, `sid=${planted}`);
    assert.equal(res.status, 303);
    assert.notEqual(sidOf(cookie), planted);
    assert.equal((await overview(ctx, `sid=${planted}`)).status, 303, 'the planted id never becomes a session');
    assert.equal((await overview(ctx, cookie)).status, 200);
  });

  it("replaces an attacker's own valid session when the victim logs in with it, so the attacker is not let in", async () => {
    ctx = await createTestContext();
    await ctx.as('editor');
    const attacker = await ctx.as('viewer');
    const attackerSid = sidOf(attacker.cookie)!;
    // Already "logged in" (as the attacker), the victim uses the login form from the overview page.
    const start = await overview(ctx, attacker.cookie);
    const res = await supertest(ctx.app).post('/logga-in').set('Cookie', attacker.cookie).type('form')
      .send({ _csrf: csrfFrom(start.text), email: 'editor@test.example', password: TEST_PASSWORD });
    assert.equal(res.status, 303);
    const cookie = mergeCookies(attacker.cookie, res.headers['set-cookie']);
    assert.notEqual(sidOf(cookie), attackerSid);
    const page = await overview(ctx, cookie);
    assert.match(page.text, /Test editor/);
    assert.equal((await overview(ctx, `sid=${attackerSid}`)).status, 303, 'the planted session was ended at login');
  });

  it('stores only a hash of 256 random bits; the id in the cookie is nowhere in the database', async () => {
    ctx = await createTestContext();
    const user = (await ctx.as('editor')).userId!;
    const ids = await Promise.all(Array.from({ length: 50 }, () => createSession(ctx.db, user, ctx.clock.now())));
    assert.equal(new Set(ids.map((s) => s.id)).size, 50);
    for (const s of ids) assert.equal(Buffer.from(s.id, 'base64url').length, 32);
    const { cookie } = await login(ctx);
    const sid = sidOf(cookie)!;
    const rows = await ctx.db.selectFrom('sessions').selectAll().execute();
    assert.ok(rows.length >= 51);
    assert.ok(!JSON.stringify(rows).includes(sid), 'the raw session id is not stored');
  });

  it('ends the session on the server at logout: the old id no longer works even if replayed', async () => {
    ctx = await createTestContext();
    await ctx.as('editor');
    const { cookie } = await login(ctx);
    const before = await ctx.db.selectFrom('sessions').select('id_hash').execute();
    const page = await overview(ctx, cookie);
    const out = await supertest(ctx.app).post('/logga-ut').set('Cookie', mergeCookies(cookie, page.headers['set-cookie'])).type('form').send({ _csrf: csrfFrom(page.text) });
    assert.equal(out.status, 303);
    assert.ok(([] as string[]).concat(out.headers['set-cookie'] ?? []).some((c) => /^sid=;.*Expires=Thu, 01 Jan 1970/.test(c)), 'the cookie is cleared');
    assert.equal((await ctx.db.selectFrom('sessions').select('id_hash').execute()).length, before.length - 1);
    assert.equal((await overview(ctx, cookie)).status, 303);
    const again = await login(ctx, mergeCookies(cookie, out.headers['set-cookie']));
    assert.notEqual(sidOf(again.cookie), sidOf(cookie), 'logging in again gives a new id');
  });

  it('sets the session cookie HttpOnly and SameSite=Lax, and in production also Secure with the __Host- prefix', async () => {
    ctx = await createTestContext();
    await ctx.as('editor');
    const dev = (await login(ctx)).setCookie.find((c) => c.startsWith('sid='))!;
    assert.match(dev, /; HttpOnly/);
    assert.match(dev, /; SameSite=Lax/i);
    assert.doesNotMatch(dev, /Max-Age|Expires/i, 'a browser-session cookie; the server enforces the timeouts');
    await ctx.close();

    ctx = await createTestContext({ env: PRODUCTION });
    await ctx.as('editor');
    const prod = await login(ctx);
    assert.equal(prod.res.status, 303);
    const sid = prod.setCookie.find((c) => c.startsWith('__Host-sid='))!;
    assert.ok(sid, prod.setCookie.join(' | '));
    for (const flag of [/; Secure/, /; HttpOnly/, /; SameSite=Lax/i, /; Path=\//]) assert.match(sid, flag);
    assert.doesNotMatch(sid, /Domain=/i);
    assert.ok(!prod.setCookie.some((c) => /^sid=/.test(c)), 'no cookie without the prefix');
    assert.equal((await overview(ctx, `sid=${sidOf(prod.cookie)}`)).status, 303, 'an unprefixed cookie is not read in production');
  });
});
