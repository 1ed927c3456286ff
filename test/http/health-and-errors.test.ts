import assert from 'node:assert/strict';
import supertest from 'supertest';
import { createTestContext, type TestContext } from '../support/context';

describe('health, error pages and logs', () => {
  let ctx: TestContext;
  beforeEach(async () => { ctx = await createTestContext(); });
  afterEach(async () => { try { await ctx.close(); } catch { /* already closed */ } });

  it('reports database status on /readyz, and 503 when the database is gone; /healthz (liveness) stays 200', async () => {
    const ok = await supertest(ctx.app).get('/readyz');
    assert.equal(ok.status, 200);
    assert.equal(ok.body.database.status, 'ok');
    await ctx.deps.db.destroy();
    const down = await supertest(ctx.app).get('/readyz');
    assert.equal(down.status, 503);
    assert.equal(down.body.database.status, 'unreachable');
    const alive = await supertest(ctx.app).get('/healthz');
    assert.equal(alive.status, 200);
    assert.deepEqual(alive.body, { status: 'ok' });
  });

  it('shows Swedish 404 and 500 pages without stack traces, logged once with the request id', async () => {
    const nf = await supertest(ctx.app).get('/finns-inte');
    assert.equal(nf.status, 404);
    assert.match(nf.text, /<html lang="sv">/);
    assert.match(nf.text, /Sidan hittades inte/);
    const admin = await ctx.as('admin');
    await ctx.deps.db.destroy();
    const err = await admin.get('/admin/anvandare');
    assert.equal(err.status, 500);
    assert.match(err.text, /Något gick fel/);
    assert.doesNotMatch(err.text, /Error|at .*\.ts|select |driver has already been destroyed/i);
    const id = err.headers['x-request-id'];
    assert.ok(err.text.includes(id), 'request id shown as error code');
    assert.equal(ctx.logs.filter((l) => l.includes(id) && l.includes('request failed')).length, 1);
  });

  it('never logs query strings, tokens, passwords or client addresses', async () => {
    await supertest(ctx.app).get('/logga-in?next=/hemlig-token-abc123');
    await supertest(ctx.app).post('/logga-in').type('form').send({ email: 'a@b.se', password: 'mitt-hemliga-losen' });
    const all = ctx.logs.join('\n');
    assert.ok(ctx.logs.length >= 2);
    for (const secret of ['hemlig-token-abc123', 'mitt-hemliga-losen', '127.0.0.1', '::ffff']) assert.ok(!all.includes(secret), secret);
    assert.match(all, /"route":"\/logga-in"/);
  });
});
