import assert from 'node:assert/strict';
import supertest from 'supertest';
import { createTestContext, type TestContext } from '../support/context';

describe('security headers', () => {
  let ctx: TestContext;
  afterEach(() => ctx?.close());

  it('sends a strict CSP, no-referrer, nosniff and frame protection', async () => {
    ctx = await createTestContext();
    const res = await supertest(ctx.app).get('/');
    const csp = res.headers['content-security-policy'];
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    for (const d of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "default-src 'self'"]) assert.ok(csp.includes(d), d);
    assert.equal(res.headers['referrer-policy'], 'no-referrer');
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.equal(res.headers['x-powered-by'], undefined);
    assert.equal(res.headers['strict-transport-security'], undefined, 'no HSTS over plain http in development');
  });

  it('adds HSTS and __Host- cookies with Secure in production', async () => {
    ctx = await createTestContext({ env: { NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), BASE_URL: 'https://panel.example' } });
    const res = await supertest(ctx.app).get('/logga-in');
    assert.match(res.headers['strict-transport-security'], /max-age=31536000/);
    const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    assert.ok(cookies.length > 0);
    for (const c of cookies) {
      assert.match(c, /^__Host-/);
      assert.match(c, /; Secure/);
      assert.match(c, /; HttpOnly/);
      assert.match(c, /; SameSite=Lax/i);
      assert.match(c, /; Path=\//);
      assert.doesNotMatch(c, /Domain=/i);
    }
  });

  it('no page contains an inline script', async () => {
    ctx = await createTestContext();
    const admin = await ctx.as('admin');
    for (const path of ['/', '/logga-in', '/tillganglighet', '/oversikt', '/admin/anvandare']) {
      const res = path === '/' || path.startsWith('/logga') || path.startsWith('/till') ? await supertest(ctx.app).get(path) : await admin.get(path);
      const inline = [...res.text.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>/g)];
      assert.equal(inline.length, 0, `${path} has inline script`);
    }
  });
});
