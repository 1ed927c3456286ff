import assert from 'node:assert/strict';
import type { Role } from '../../db/tables/foundation';
import { seedDemo } from '../../scripts/seed/demo';
import type { RouteInfo } from '../../server/http/area-router';
import { ROLES } from '../../server/http/access';
import { createTestContext, type TestContext } from '../support/context';
import { routeLabel, samplePath } from '../support/routes';
import { realIds, type Resolve } from './real-ids';
import { EXPECTED_ACCESS, type Allowed } from './role-table';

type Who = Role | 'anonymous';

/** What `who` must get from a route, by the independent table in role-table.ts. */
function expectation(allowed: Allowed, route: RouteInfo, who: Who): { ok: (status: number, location: string) => boolean; text: string } {
  if (allowed === 'public' || allowed === 'respondent') return { ok: (s) => s !== 401 && s !== 403 && s < 500, text: 'open (not 401/403/5xx)' };
  if (who === 'anonymous') {
    return route.method === 'get'
      ? { ok: (s, loc) => s === 303 && loc.startsWith('/logga-in'), text: '303 to login' }
      : { ok: (s) => s === 401, text: '401' };
  }
  if (!allowed.includes(who)) return { ok: (s) => s === 403, text: '403' };
  // A GET of a real row is served (or redirects, but not to the login); a POST with an empty form may be refused (422/409).
  return route.method === 'get'
    ? { ok: (s, loc) => (s === 200 || (s >= 300 && s < 400 && !loc.startsWith('/logga-in'))), text: 'served (200 or a redirect)' }
    : { ok: (s) => s !== 401 && s !== 403 && s < 500, text: 'allowed (not 401/403/5xx)' };
}

/** Every route × every role (and anonymous), with real ids from the demo data, against an expectation table
 *  written independently of the routers' declarations. */
describe('role × route matrix', function () {
  this.timeout(300_000);
  let ctx: TestContext;
  let resolve: Resolve;
  before(async () => {
    ctx = await createTestContext();
    await seedDemo(ctx.deps, () => {});
    // The demo's survey versions are all published; a draft makes the designer's routes answer.
    const published = await ctx.db.selectFrom('survey_versions').select(['id', 'survey_id']).orderBy('id').executeTakeFirstOrThrow();
    const draft = await (await ctx.as('editor')).post(`/enkater/${published.survey_id}/versioner/${published.id}/ny-version`);
    assert.equal(draft.status, 303, draft.text);
    resolve = await realIds(ctx.db);
  });
  after(() => ctx.close());

  it('the expectation table lists exactly the routes the app has', () => {
    const app = ctx.app.locals.routes.map(routeLabel).sort();
    assert.deepEqual(app.filter((r) => !(r in EXPECTED_ACCESS)), [], 'routes missing from role-table.ts');
    assert.deepEqual(Object.keys(EXPECTED_ACCESS).filter((r) => !app.includes(r)), [], 'routes in role-table.ts the app does not have');
  });

  it('answers each role as the table says, on real rows', async () => {
    const failures: string[] = [];
    const unreal: string[] = [];
    // GETs first: an allowed POST (log out, erase a contact) may change what a later request sees.
    const routes = [...ctx.app.locals.routes].sort((a, b) => (a.method === b.method ? 0 : a.method === 'get' ? -1 : 1));
    for (const route of routes) {
      const allowed = EXPECTED_ACCESS[routeLabel(route)];
      if (!allowed) continue; // reported by the test above
      const { url, real } = resolve(route.path);
      if (!real) unreal.push(routeLabel(route));
      for (const who of ['anonymous', ...ROLES] as const) {
        const c = who === 'anonymous' ? ctx.anonymous() : await ctx.as(who); // a fresh session: log out ends one
        const res = route.method === 'get' ? await c.get(url) : await c.post(url);
        const want = expectation(allowed, route, who);
        const relaxed = !real && res.status === 404 && want.text.startsWith('served');
        if (!want.ok(res.status, res.headers.location ?? '') && !relaxed) failures.push(`${route.method.toUpperCase()} ${url} as ${who}: got ${res.status}, expected ${want.text}`);
      }
    }
    assert.deepEqual(failures, []);
    // Only token routes (raw tokens are never stored) and rows the demo has none of (file imports, Kolada fetches:
    // the demo makes no network calls) may use sample ids.
    assert.deepEqual(unreal.filter((r) => !/:token|\/svar\/sida|\/panel\/import\/:id|\/register\/kolada\/:id/.test(r)), [], 'routes without a real row');
  });

  it('an allowed role gets 404 (or a refusal), never 200 or 500, for ids that do not exist on staff routes', async () => {
    const failures: string[] = [];
    for (const route of ctx.app.locals.routes.filter((r) => r.path.includes(':') && r.access.kind === 'staff')) {
      const allowed = EXPECTED_ACCESS[routeLabel(route)];
      const who: Role = Array.isArray(allowed) ? (allowed as readonly Role[])[0]! : 'admin';
      const c = await ctx.as(who);
      const res = route.method === 'get' ? await c.get(samplePath(route)) : await c.post(samplePath(route));
      if (res.status >= 500 || res.status === 200) failures.push(`${routeLabel(route)} as ${who}: got ${res.status}`);
    }
    assert.deepEqual(failures, []);
  });
});
