import assert from 'node:assert/strict';
import { ROLES, allows } from '../../server/http/access';
import type { Role } from '../../db/tables/foundation';
import { createTestContext, type StaffClient, type TestContext } from '../support/context';
import { routeLabel, samplePath } from '../support/routes';

/** Every route × every role (and anonymous), generated from the router's own declarations. */
describe('role × route matrix', () => {
  let ctx: TestContext;
  const clients = new Map<Role | 'anonymous', StaffClient>();
  before(async () => {
    ctx = await createTestContext();
    clients.set('anonymous', ctx.anonymous());
  });
  after(() => ctx.close());

  // A fresh session per request: some allowed POSTs (log out) end the session they run in.
  async function client(who: Role | 'anonymous'): Promise<StaffClient> {
    return who === 'anonymous' ? clients.get('anonymous')! : ctx.as(who);
  }

  it('every route declares who may use it', () => {
    for (const r of ctx.app.locals.routes) assert.ok(['public', 'respondent', 'staff'].includes(r.access.kind), routeLabel(r));
  });

  it('answers each role as declared', async function () {
    this.timeout(180000); // every route × five roles; grows with the app
    const failures: string[] = [];
    for (const route of ctx.app.locals.routes) {
      for (const who of ['anonymous', ...ROLES] as const) {
        const c = await client(who);
        const res = route.method === 'get' ? await c.get(samplePath(route)) : await c.post(samplePath(route));
        const role = who === 'anonymous' ? null : who;
        let ok: boolean;
        let expected: string;
        if (route.access.kind !== 'staff') { ok = res.status !== 401 && res.status !== 403; expected = 'open'; }
        else if (!role) {
          expected = route.method === 'get' ? '303 to login' : '401';
          ok = route.method === 'get' ? res.status === 303 && /^\/logga-in/.test(res.headers.location ?? '') : res.status === 401;
        } else if (allows(route.access, role)) { ok = ![401, 403].includes(res.status) && res.status < 500; expected = 'allowed (not 401/403/5xx)'; }
        else { ok = res.status === 403; expected = '403'; }
        if (!ok) failures.push(`${routeLabel(route)} as ${who}: got ${res.status}, expected ${expected}`);
      }
    }
    assert.deepEqual(failures, []);
  });
});
