import assert from 'node:assert/strict';
import { ROLES } from '../../server/http/access';
import type { Role } from '../../db/tables/foundation';
import { createTestContext, type TestContext } from '../support/context';
import { routeLabel } from '../support/routes';
import { addMember, dryRun } from './support';

/** The policy, written out: viewers (and analysts) read; editors and admins change; only admins erase and read the log. */
const ADMIN_ONLY = [/\/registerutdrag$/, /\/radera$/, /^\/admin\/logg$/];
const EDITING = [/^\/panel\/import/, /\/medlemskap$/, /\/kontakt\/:roll$/, /\/andra$/, /\/avsluta$/];

function expectedRoles(method: string, path: string): readonly Role[] {
  if (ADMIN_ONLY.some((r) => r.test(path))) return ['admin'];
  if (method === 'post' || EDITING.some((r) => r.test(path))) return ['admin', 'editor'];
  return ROLES;
}

describe('panel: role checks on every route', () => {
  let ctx: TestContext;
  before(async () => { ctx = await createTestContext(); });
  after(() => ctx.close());

  it('declares the expected roles on every /panel route and on /admin/logg', () => {
    const routes = ctx.app.locals.routes.filter((r) => r.path.startsWith('/panel') || r.path === '/admin/logg');
    assert.ok(routes.length >= 20, `only ${routes.length} routes`);
    for (const r of routes) {
      assert.equal(r.access.kind, 'staff', routeLabel(r));
      if (r.access.kind === 'staff') assert.deepEqual([...r.access.roles].sort(), [...expectedRoles(r.method, r.path)].sort(), routeLabel(r));
    }
  });

  it('answers 403 to roles without access and serves the others, on real objects', async () => {
    const contactId = await addMember(ctx, '1280', { name: 'Mia Malm', email: 'mia@malmo.example' });
    const { id: importId } = await dryRun(ctx, await ctx.as('editor'), 'a.csv', 'kommunkod;e-post\n1280;mia@malmo.example\n');
    const values: Record<string, string> = { kod: '1280', roll: 'ordinarie', id: String(contactId) };
    const failures: string[] = [];
    for (const route of ctx.app.locals.routes.filter((r) => r.path.startsWith('/panel') || r.path === '/admin/logg')) {
      const path = route.path.replace(/:(\w+)/g, (_m, p: string) => (p === 'id' && route.path.includes('/import/') ? String(importId) : values[p]!));
      for (const role of ROLES) {
        const allowed = expectedRoles(route.method, route.path).includes(role);
        // Allowed roles never erase or end the contact the other requests use (gdpr.test and contacts.test do).
        if (allowed && route.method === 'post' && /\/(radera|avsluta)$/.test(path)) continue;
        const c = await ctx.as(role);
        const res = route.method === 'get' ? await c.get(path) : await c.post(path);
        const ok = allowed ? res.status < 400 || res.status === 422 || res.status === 409 : res.status === 403;
        if (!ok) failures.push(`${route.method.toUpperCase()} ${path} as ${role}: ${res.status}`);
      }
    }
    assert.deepEqual(failures, []);
    const anon = ctx.anonymous();
    assert.equal((await anon.get('/panel/kommuner')).status, 303);
    assert.equal((await anon.post('/panel/kommuner/1280/medlemskap', { change: 'leave' })).status, 401);
  });
});
