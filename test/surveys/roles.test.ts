import assert from 'node:assert/strict';
import { ROLES } from '../../server/http/access';
import type { Role } from '../../db/tables/foundation';
import { createTestContext, type TestContext } from '../support/context';
import { routeLabel } from '../support/routes';
import { createSurveyVia, definitionOf, revisionOf } from './support';

/** Everyone on staff reads surveys and previews them; only editors and admins design. */
const READS = [/^\/enkater$/, /^\/enkater\/serier\/:id$/, /^\/enkater\/:id$/, /\/versioner\/:vid$/, /\/export$/, /\/forhandsgranska$/];
const expected = (method: string, path: string): readonly Role[] =>
  READS.some((r) => r.test(path)) && (method === 'get' || path.endsWith('/forhandsgranska')) ? ROLES : ['admin', 'editor'];

describe('designer: role checks and CSRF', () => {
  let ctx: TestContext;
  beforeEach(async () => { ctx = await createTestContext(); });
  afterEach(() => ctx.close());

  it('declares the expected roles on every /enkater route', () => {
    const routes = ctx.app.locals.routes.filter((r) => r.path.startsWith('/enkater'));
    assert.ok(routes.length >= 30, `only ${routes.length} routes`);
    for (const r of routes) {
      assert.equal(r.access.kind, 'staff', routeLabel(r));
      if (r.access.kind === 'staff') assert.deepEqual([...r.access.roles].sort(), [...expected(r.method, r.path)].sort(), routeLabel(r));
    }
  });

  it('lets viewers and analysts read and preview a real draft but not change it', async () => {
    const editor = await ctx.as('editor');
    const { path, versionId } = await createSurveyVia(editor, { kalla: 'mall:bemanning_infor_sommaren', title: 'Juni' });
    const before = await definitionOf(ctx, versionId);
    for (const role of ['viewer', 'analyst'] as const) {
      const client = await ctx.as(role);
      const page = await client.get(path);
      assert.equal(page.status, 200, role);
      assert.doesNotMatch(page.text, /Lägg till fråga|>Publicera<span|Flytta upp/, role);
      assert.equal((await client.get('/enkater')).status, 200);
      assert.equal((await client.get(`${path}/forhandsgranska`)).status, 200);
      assert.equal((await client.get(`${path}/fragor/kommentar`)).status, 403);
      assert.equal((await client.get('/enkater/ny')).status, 403);
      const rev = String(await revisionOf(ctx, versionId));
      for (const [url, form] of [[`${path}/fragor/kommentar/ta-bort`, {}], [`${path}/publicera`, {}], [`${path}/sidor`, { title: 'X' }], ['/enkater/ny', { kalla: 'tom', title: 'X' }]] as const) {
        assert.equal((await client.post(url, { revision: rev, ...form })).status, 403, `${role} ${url}`);
      }
    }
    assert.deepEqual(await definitionOf(ctx, versionId), before);
    const page = await editor.get(path);
    assert.match(page.text, /Lägg till fråga/);
    assert.match(page.text, />Publicera<span/);
  });

  it('refuses a designer change without the CSRF token', async () => {
    const editor = await ctx.as('editor');
    const { path, versionId } = await createSurveyVia(editor, { kalla: 'mall:bemanning_infor_sommaren', title: 'Juni' });
    const res = await editor.post(`${path}/fragor/kommentar/ta-bort`, { revision: String(await revisionOf(ctx, versionId)) }, { csrf: false });
    assert.equal(res.status, 403);
    assert.match(res.text, /Formuläret har gått ut/);
    assert.equal(await revisionOf(ctx, versionId), 1);
  });
});
