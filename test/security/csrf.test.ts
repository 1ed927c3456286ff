import assert from 'node:assert/strict';
import supertest from 'supertest';
import { createTestContext, type TestContext } from '../support/context';
import { routeLabel, samplePath } from '../support/routes';
import { CSRF_EXEMPT_POSTS } from '../../server/http/csrf';

/** Enumerates every POST route the app registers, so a new route cannot be forgotten. */
describe('CSRF protection on every state-changing route', () => {
  let ctx: TestContext;
  before(async () => { ctx = await createTestContext(); });
  after(() => ctx.close());

  it('the app has POST routes to check', () => {
    assert.ok(ctx.app.locals.routes.filter((r) => r.method === 'post').length >= 3);
  });

  it('refuses a POST without a token, or with a wrong one, for anonymous and admin alike', async function () {
    this.timeout(120000); // every POST route, twice per client
    const admin = await ctx.as('admin');
    const anon = ctx.anonymous();
    const failures: string[] = [];
    for (const route of ctx.app.locals.routes.filter((r) => r.method === 'post')) {
      for (const client of [anon, admin]) {
        const missing = await client.post(samplePath(route), {}, { csrf: false });
        const wrong = await client.post(samplePath(route), { _csrf: 'forged-token' }, { csrf: false });
        // Exempt (signed-URL) routes still refuse an unsigned sample: 404, nothing done.
        const exempt = CSRF_EXEMPT_POSTS.some((p) => p.test(samplePath(route)));
        for (const res of [missing, wrong]) {
          if (exempt) { if (res.status !== 404) failures.push(`${routeLabel(route)} (signed URL) → ${res.status}`); }
          else if (res.status !== 403) failures.push(`${routeLabel(route)} → ${res.status}`);
          else if (!/Formuläret har gått ut/.test(res.text)) failures.push(`${routeLabel(route)}: no Swedish message`);
        }
      }
    }
    assert.deepEqual(failures, []);
  });

  it('refuses a token from another session', async () => {
    const editor = await ctx.as('editor');
    const admin = await ctx.as('admin');
    const res = await supertest(ctx.app).post('/logga-ut').set('Cookie', admin.cookie).type('form').send({ _csrf: editor.csrf });
    assert.equal(res.status, 403);
  });

  it('no GET route changes state: GETs need no token and are registered only as reads', () => {
    for (const r of ctx.app.locals.routes) assert.ok(r.method === 'get' || r.method === 'post', routeLabel(r));
  });
});
