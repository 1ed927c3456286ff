import assert from 'node:assert/strict';
import { createTestContext, type StaffClient, type TestContext } from '../support/context';

/** [who, action] of each row on /admin/logg. */
const entries = (html: string) => [...html.matchAll(/<tr>\s*<th scope="row">[^<]+<\/th><td>([^<]+)<\/td><td>([^<]+)<\/td>/g)].map((m) => [m[1], m[2]]);

describe('audit log page (/admin/logg)', () => {
  let ctx: TestContext;
  let admin: StaffClient;
  let editor: StaffClient;
  beforeEach(async () => {
    ctx = await createTestContext();
    admin = await ctx.as('admin');
    editor = await ctx.as('editor');
    await editor.post('/panel/kommuner/0643/medlemskap', { change: 'join', date: '2026-11-01', reason: '' });
    await editor.post('/panel/kommuner/0643/kontakt/ordinarie', { name: 'Hans Hab', email: 'hans@habo.example' });
    ctx.clock.set('2026-11-25T09:00:00Z');
    admin = await ctx.as('admin');
    await admin.post('/panel/kommuner/0643/medlemskap', { change: 'pause', date: '2026-11-25', reason: 'Semester' });
  });
  afterEach(() => ctx.close());

  it('shows who did what to which object and when, newest first, and filters by event, user and date', async () => {
    const page = await admin.get('/admin/logg');
    assert.equal(page.status, 200);
    assert.deepEqual(entries(page.text), [
      ['admin@test.example', 'Medlemskap pausat'], ['editor@test.example', 'Kontaktperson tillagd'], ['editor@test.example', 'Kommun gick med i panelen'],
    ]);
    assert.match(page.text, /<a href="\/panel\/kommuner\/0643">Kommun 0643<\/a>/);
    assert.match(page.text, /2026-11-25 kl\. 10:00/);
    assert.deepEqual(entries((await admin.get('/admin/logg?handelse=panel.contact.add')).text).map((e) => e[1]), ['Kontaktperson tillagd']);
    assert.deepEqual(entries((await admin.get('/admin/logg?anvandare=Editor@test.example')).text).length, 2);
    assert.deepEqual(entries((await admin.get('/admin/logg?typ=contact')).text).length, 1);
    assert.deepEqual(entries((await admin.get('/admin/logg?fran=2026-11-24')).text).map((e) => e[0]), ['admin@test.example']);
    assert.deepEqual(entries((await admin.get('/admin/logg?till=2026-11-23')).text).length, 2);
    assert.equal((await admin.get('/admin/logg?fran=inte-ett-datum&sida=-4')).status, 200);
  });

  it('is for admins only', async () => {
    for (const role of ['editor', 'viewer', 'analyst'] as const) assert.equal((await (await ctx.as(role)).get('/admin/logg')).status, 403, role);
  });
});
