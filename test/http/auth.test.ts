import assert from 'node:assert/strict';
import supertest from 'supertest';
import { createTestContext, csrfFrom, mergeCookies, TEST_PASSWORD, type TestContext } from '../support/context';

async function loginPage(ctx: TestContext, cookie = '') {
  const res = await supertest(ctx.app).get('/logga-in').set('Cookie', cookie);
  return { cookie: mergeCookies(cookie, res.headers['set-cookie']), csrf: csrfFrom(res.text) };
}

async function login(ctx: TestContext, email: string, password: string, cookie = '') {
  const page = await loginPage(ctx, cookie);
  const res = await supertest(ctx.app).post('/logga-in').set('Cookie', page.cookie).type('form')
    .send({ _csrf: page.csrf, email, password });
  return { res, cookie: mergeCookies(page.cookie, res.headers['set-cookie']) };
}

function sid(cookie: string): string | undefined {
  return /(?:^|; )sid=([^;]+)/.exec(cookie)?.[1];
}

describe('staff login and sessions', () => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await createTestContext();
    await ctx.as('editor');
  });
  afterEach(() => ctx.close());

  it('logs in with the right password and reaches the overview, then logs out', async () => {
    const { res, cookie } = await login(ctx, 'editor@test.example', TEST_PASSWORD);
    assert.equal(res.status, 303);
    assert.equal(res.headers.location, '/oversikt');
    const overview = await supertest(ctx.app).get('/oversikt').set('Cookie', cookie);
    assert.equal(overview.status, 200);
    assert.match(overview.text, /Test editor/);
    const jar = mergeCookies(cookie, overview.headers['set-cookie']);
    const out = await supertest(ctx.app).post('/logga-ut').set('Cookie', jar).type('form').send({ _csrf: csrfFrom(overview.text) });
    assert.equal(out.status, 303);
    const after = await supertest(ctx.app).get('/oversikt').set('Cookie', cookie);
    assert.equal(after.status, 303, 'the old session id no longer works');
    assert.match(after.headers.location, /^\/logga-in/);
  });

  it('gives the same answer for a wrong password and an unknown e-mail', async () => {
    const wrong = await login(ctx, 'editor@test.example', 'fel-losenord-123');
    const unknown = await login(ctx, 'ingen@test.example', 'fel-losenord-123');
    assert.equal(wrong.res.status, 422);
    assert.equal(unknown.res.status, 422);
    const msg = (t: string) => /<p class="error-message"[^>]*>([\s\S]*?)<\/p>/.exec(t)?.[1];
    assert.equal(msg(wrong.res.text), msg(unknown.res.text));
    assert.match(wrong.res.text, /Fel e-postadress eller lösenord/);
    assert.equal(sid(wrong.cookie), undefined, 'no session for a failed login');
  });

  it('delays the same client after three failures on an account, even for the right password, until the wait passes', async () => {
    for (let i = 0; i < 3; i++) assert.equal((await login(ctx, 'editor@test.example', `fel-${i}-xxxxxx`)).res.status, 422);
    const locked = await login(ctx, 'editor@test.example', TEST_PASSWORD);
    assert.equal(locked.res.status, 429);
    assert.match(locked.res.text, /För många misslyckade inloggningar/);
    ctx.clock.advanceMinutes(1);
    assert.equal((await login(ctx, 'editor@test.example', TEST_PASSWORD)).res.status, 303);
  });

  it('limits failures per client address across accounts', async () => {
    for (let i = 0; i < 20; i++) await login(ctx, `person${i}@test.example`, 'fel-losenord-1');
    assert.equal((await login(ctx, 'editor@test.example', TEST_PASSWORD)).res.status, 429);
  });

  it('issues a new session id at every login', async () => {
    const first = await login(ctx, 'editor@test.example', TEST_PASSWORD);
    // Logging in again from an existing session (e.g. as another user) replaces the session.
    const page = await supertest(ctx.app).get('/oversikt').set('Cookie', first.cookie);
    const jar = mergeCookies(first.cookie, page.headers['set-cookie']);
    const again = await supertest(ctx.app).post('/logga-in').set('Cookie', jar).type('form')
      .send({ _csrf: csrfFrom(page.text), email: 'editor@test.example', password: TEST_PASSWORD });
    assert.equal(again.status, 303);
    const second = mergeCookies(jar, again.headers['set-cookie']);
    assert.ok(sid(first.cookie) && sid(second));
    assert.notEqual(sid(first.cookie), sid(second));
    assert.ok(sid(first.cookie)!.length >= 43, 'at least 256 bits, base64url');
    assert.equal((await supertest(ctx.app).get('/oversikt').set('Cookie', first.cookie)).status, 303, 'the old session is gone');
  });

  it('ends a session after 30 idle minutes and after 12 hours in all', async () => {
    const { cookie } = await login(ctx, 'editor@test.example', TEST_PASSWORD);
    ctx.clock.advanceMinutes(29);
    assert.equal((await supertest(ctx.app).get('/oversikt').set('Cookie', cookie)).status, 200);
    ctx.clock.advanceMinutes(31);
    const idle = await supertest(ctx.app).get('/oversikt').set('Cookie', cookie);
    assert.equal(idle.status, 303);

    const fresh = await login(ctx, 'editor@test.example', TEST_PASSWORD);
    for (let m = 0; m < 12 * 60; m += 25) {
      ctx.clock.advanceMinutes(25);
      const r = await supertest(ctx.app).get('/oversikt').set('Cookie', fresh.cookie);
      if (m + 25 <= 12 * 60) assert.equal(r.status, 200, `still valid after ${m + 25} min`);
    }
    ctx.clock.advanceMinutes(25);
    assert.equal((await supertest(ctx.app).get('/oversikt').set('Cookie', fresh.cookie)).status, 303);
  });

  it('refuses a disabled user', async () => {
    await ctx.db.updateTable('staff_users').set({ disabled: 1 }).where('email', '=', 'editor@test.example').execute();
    assert.equal((await login(ctx, 'editor@test.example', TEST_PASSWORD)).res.status, 422);
  });

  it('only redirects to local paths after login', async () => {
    const page = await loginPage(ctx);
    const res = await supertest(ctx.app).post('/logga-in').set('Cookie', page.cookie).type('form')
      .send({ _csrf: page.csrf, email: 'editor@test.example', password: TEST_PASSWORD, next: '//evil.example/x' });
    assert.equal(res.headers.location, '/oversikt');
  });
});
