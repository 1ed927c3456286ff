import assert from 'node:assert/strict';
import { ROLES } from '../../server/http/access';
import type { Role } from '../../db/tables/foundation';
import { createTestContext, type TestContext } from '../support/context';
import { routeLabel } from '../support/routes';
import { createMeetingAs, meetingForm, register, registrationForm, registrations } from './support';

const READ_ONLY = [/^\/moten$/, /^\/moten\/statistik$/, /^\/moten\/:id$/];
function expectedRoles(method: string, path: string): readonly Role[] {
  return method === 'get' && READ_ONLY.some((r) => r.test(path)) ? ROLES : ['admin', 'editor'];
}

describe('meetings: staff pages', () => {
  let ctx: TestContext;
  beforeEach(async () => { ctx = await createTestContext(); });
  afterEach(() => ctx.close());

  it('declares who may use every /moten route; the public pages are open', () => {
    const routes = ctx.app.locals.routes.filter((r) => r.path.startsWith('/moten'));
    assert.ok(routes.length >= 15, `only ${routes.length} routes`);
    for (const r of routes) {
      if (r.path.startsWith('/moten-och-erfarenhetsutbyten')) { assert.equal(r.access.kind, 'public', routeLabel(r)); continue; }
      assert.equal(r.access.kind, 'staff', routeLabel(r));
      if (r.access.kind === 'staff') assert.deepEqual([...r.access.roles].sort(), [...expectedRoles(r.method, r.path)].sort(), routeLabel(r));
    }
    for (const p of ['/avboka/:token', '/avboka', '/avbokad']) assert.ok(ctx.app.locals.routes.some((r) => r.path === p && r.access.kind === 'public'), p);
  });

  it('answers 403 to viewers and analysts on real objects, serves editors and admins', async () => {
    const id = await createMeetingAs(await ctx.as('editor'));
    await register(ctx, id, registrationForm(1));
    const [reg] = await registrations(ctx, id);
    const failures: string[] = [];
    for (const route of ctx.app.locals.routes.filter((r) => r.path.startsWith('/moten/') || r.path === '/moten')) {
      const path = route.path.replace(':id', String(id)).replace(':registrationId', String(reg!.id));
      for (const role of ROLES) {
        if (route.method === 'post' && /installt|avboka$/.test(path) && role !== 'viewer' && role !== 'analyst') continue;
        const c = await ctx.as(role);
        const res = route.method === 'get' ? await c.get(path) : await c.post(path, route.path === '/moten/:id' ? meetingForm() : {});
        const allowed = expectedRoles(route.method, route.path).includes(role);
        if (allowed ? res.status >= 400 && res.status !== 422 : res.status !== 403) failures.push(`${routeLabel(route)} as ${role}: ${res.status}`);
      }
    }
    assert.deepEqual(failures, []);
    assert.equal((await ctx.anonymous().get(`/moten/${id}`)).status, 303);
    assert.equal((await ctx.anonymous().post(`/moten/${id}/installt`)).status, 401);
    assert.equal((await (await ctx.as('editor')).post(`/moten/${id}/installt`, {}, { csrf: false })).status, 403);
    assert.equal((await ctx.db.selectFrom('meetings').select('status').executeTakeFirstOrThrow()).status, 'planned');
  });

  it('the meeting form answers 422 with the summary and keeps the values', async () => {
    const editor = await ctx.as('editor');
    const res = await editor.post('/moten', meetingForm({ title: '', date: '2026-13-01', end_time: '09:00', capacity: 'tio', meeting_url: 'ftp://x', audience: 'list' }));
    assert.equal(res.status, 422);
    for (const field of ['title', 'date', 'capacity', 'meeting_url', 'recipient_emails']) assert.match(res.text, new RegExp(`href="#f-${field}"`), field);
    assert.match(res.text, /value="tio"/);
    assert.match(res.text, /value="ftp:\/\/x"/);
    const list = await editor.post('/moten', meetingForm({ title: '', audience: 'list', recipient_emails: 'a@kommun.example\nfel-adress' }));
    assert.match(list.text, /Kontrollera e-postadressen fel-adress/);
    const deadline = await editor.post('/moten', meetingForm({ deadline_date: '2026-12-11' }));
    assert.equal(deadline.status, 422);
    assert.match(deadline.text, /Sista anmälningsdag måste vara före mötet/);
    assert.equal((await ctx.db.selectFrom('meetings').selectAll().execute()).length, 0);
  });

  it('creates, shows, lists and changes a meeting in Stockholm time, with an audit trail', async () => {
    const editor = await ctx.as('editor');
    const id = await createMeetingAs(editor, { lagesbild_ids: '3, 4' });
    const row = await ctx.db.selectFrom('meetings').selectAll().executeTakeFirstOrThrow();
    assert.deepEqual([row.starts_at, row.ends_at, row.registration_deadline, row.year], ['2026-12-10T09:00:00.000Z', '2026-12-10T10:30:00.000Z', '2026-12-08T22:59:00.000Z', 2026]);
    const show = await (await ctx.as('viewer')).get(`/moten/${id}`);
    assert.match(show.text, /2026-12-10 kl\. 10:00–11:30/);
    assert.match(show.text, /<a href="\/arkiv\/3">nr 3<\/a>, <a href="\/arkiv\/4">nr 4<\/a>/);
    assert.doesNotMatch(show.text, /Ändra mötet/, 'no edit buttons for a viewer');
    const list = await (await ctx.as('viewer')).get('/moten');
    assert.match(list.text, /Kommande möten[\s\S]*Erfarenhetsutbyte om nattbemanning/);
    const edit = await editor.get(`/moten/${id}/andra`);
    assert.match(edit.text, /value="2026-12-10"/);
    assert.match(edit.text, /value="3, 4"/);
    assert.equal((await editor.post(`/moten/${id}`, meetingForm({ title: 'Nytt namn', start_time: '13:00', end_time: '14:00' }))).status, 303);
    const changed = await ctx.db.selectFrom('meetings').selectAll().executeTakeFirstOrThrow();
    assert.deepEqual([changed.title, changed.starts_at, changed.revision], ['Nytt namn', '2026-12-10T12:00:00.000Z', 1]);
    const audit = await ctx.db.selectFrom('audit_log').select('action').orderBy('id').execute();
    assert.deepEqual(audit.map((a) => a.action), ['meeting.create', 'meeting.update']);
  });

  it('raising the capacity gives places to the waitlist; staff can cancel a registration', async () => {
    const editor = await ctx.as('editor');
    const id = await createMeetingAs(editor, { capacity: '1' });
    for (const i of [1, 2, 3]) await register(ctx, id, registrationForm(i));
    await editor.post(`/moten/${id}`, meetingForm({ capacity: '2' }));
    assert.deepEqual((await registrations(ctx, id)).map((r) => r.status), ['registered', 'registered', 'waitlisted']);
    const [first] = await registrations(ctx, id);
    const res = await editor.post(`/moten/${id}/anmalningar/${first!.id}/avboka`);
    assert.equal(res.status, 303);
    assert.deepEqual((await registrations(ctx, id)).map((r) => r.status), ['cancelled', 'registered', 'registered']);
    const categories = (await ctx.db.selectFrom('outbox').select('category').orderBy('id').execute()).map((m) => m.category);
    assert.deepEqual(categories.filter((c) => c === 'meeting-promoted').length, 2);
    assert.equal((await editor.post(`/moten/${id}/anmalningar/999999/avboka`)).status, 303);
    assert.equal((await editor.get('/moten/999999')).status, 404);
  });
});
