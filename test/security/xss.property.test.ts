import assert from 'node:assert/strict';
import fc from 'fast-check';
import { listMunicipalities } from '../../db/repositories/municipalities';
import { createTestContext, type StaffClient, type TestContext } from '../support/context';
import { follow } from '../panel/support';
import { propertyRuns } from '../support/property';

/** What EJS's <%= %> turns the five HTML characters into. */
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&#34;').replace(/'/g, '&#39;');

const ATTACKS = [
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "' onmouseover='alert(1)", '</textarea><svg onload=alert(1)>',
  '<a href="javascript:alert(1)">x</a>', '</title><script src=//evil.example/x.js></script>', '<!--', ']]>', '<style>*{}</style>',
  '{{7*7}}', '<%= process.env %>', '&lt;script&gt;', '\u2028<b>',
];
const noisy = fc.string({ unit: fc.constantFrom(...'<>"\'&=/ ;:()`aÅ1'.split('')), maxLength: 12 });
/** A printable text with at least one attack in it, short enough for every field (≤ 120 characters). */
const hostile = fc.tuple(noisy, fc.constantFrom(...ATTACKS), noisy, fc.constantFrom(...ATTACKS))
  .map(([a, b, c, d]) => `${a}${b}${c}${d}`.slice(0, 110).trim());

/** Script elements other than our own files and JSON data; event-handler attributes and javascript: URLs
 *  (looked for in tags with their quoted attribute values taken out, so escaped text inside a value is not counted). */
function activeMarkup(html: string): string[] {
  const tags = [...html.matchAll(/<[a-z][^>]*>/gi)].map((m) => m[0].replace(/="[^"]*"|='[^']*'/g, '=""'));
  return [
    ...tags.filter((t) => /^<script/i.test(t) && !/\bsrc=""/.test(t) && !/\btype=""/.test(t)),
    ...tags.filter((t) => /\son[a-z]+\s*=/i.test(t)),
    ...html.matchAll(/(?:href|src)\s*=\s*["']?\s*javascript:/gi),
  ].map((m) => (typeof m === 'string' ? m : m[0]));
}

/** The stored text never comes back raw, and comes back escaped on the pages meant to show it. */
function assertSafe(html: string, stored: string, where: string, mustShow: boolean): void {
  // A text without any of the five HTML characters (say "{{7*7}}{{7*7}}") reads the same escaped and raw,
  // so only a text that escaping changes can be caught raw.
  if (escapeHtml(stored) !== stored) assert.ok(!html.includes(stored), `${where}: raw text in the page: ${JSON.stringify(stored)}`);
  if (mustShow) assert.ok(html.includes(escapeHtml(stored)), `${where}: escaped text missing: ${JSON.stringify(stored)}`);
  assert.deepEqual(activeMarkup(html), [], `${where}: active markup`);
}

describe('XSS: staff-entered text is escaped on every page that shows it (checklist 11, property)', () => {
  let ctx: TestContext;
  let editor: StaffClient;
  let admin: StaffClient;
  let codes: string[];
  before(async () => {
    ctx = await createTestContext();
    editor = await ctx.as('editor');
    admin = await ctx.as('admin');
    codes = (await listMunicipalities(ctx.db)).map((m) => m.kommunkod);
  });
  after(() => ctx.close());

  it('panel: contact name, title and membership reason; staff user names; flash messages and the audit log', async function () {
    this.timeout(300_000); // 40 random cases, each through eight pages
    let run = 0;
    await fc.assert(fc.asyncProperty(hostile, hostile, hostile, async (name, title, reason) => {
      const kod = codes[run]!;
      run++;
      const join = await editor.post(`/panel/kommuner/${kod}/medlemskap`, { change: 'join', date: '2026-01-01', reason });
      assert.equal(join.status, 303);
      const added = await editor.post(`/panel/kommuner/${kod}/kontakt/ordinarie`, { name, title, email: `p${run}@x.example` });
      assert.equal(added.status, 303, added.text.slice(0, 500));
      const flash = await follow(ctx, editor, await editor.post(`/panel/kommuner/${kod}/kontakt/ordinarie`, { name: `${name}2`, email: `q${run}@x.example` }));
      const user = await admin.post('/admin/anvandare', { name, email: `u${run}@test.example`, role: 'viewer', password: 'Ett-bra-lösen-2026' });
      assert.equal(user.status, 303, user.text.slice(0, 500));

      const contact = await ctx.db.selectFrom('contacts').selectAll().where('email', '=', `p${run}@x.example`).executeTakeFirstOrThrow();
      const member = await ctx.db.selectFrom('panel_members').selectAll().where('kommunkod', '=', kod).executeTakeFirstOrThrow();
      const staff = await ctx.db.selectFrom('staff_users').selectAll().where('email', '=', `u${run}@test.example`).executeTakeFirstOrThrow();
      const stored = { name: contact.name, title: contact.title!, reason: member.status_reason!, staff: staff.name };

      assertSafe(flash.text, stored.name, 'flash after replace', true);
      const pages: [string, (keyof typeof stored)[]][] = [
        [`/panel/kommuner/${kod}`, ['name', 'title', 'reason']],
        [`/panel/kontakter/${contact.id}`, ['name', 'title']],
        [`/panel/kontakter/${contact.id}/radera`, ['name']],
        ['/panel/kommuner', []],
        ['/panel', []],
        ['/admin/anvandare', ['staff']],
        [`/admin/anvandare/${staff.id}`, ['staff']],
        ['/admin/logg', []],
      ];
      for (const [path, shown] of pages) {
        const res = await admin.get(path);
        assert.equal(res.status, 200, path);
        for (const key of Object.keys(stored) as (keyof typeof stored)[]) assertSafe(res.text, stored[key], `${path} (${key})`, shown.includes(key));
      }
      const invalid = await editor.post(`/panel/kommuner/${kod}/kontakt/ersattare`, { name, title, email: name, phone: reason });
      assert.equal(invalid.status, 422);
      for (const value of [name, title, reason]) assertSafe(invalid.text, value, '422 form', false);
    }), propertyRuns(40));
  });

  it('meetings: the title a staff member typed, on the staff and the public pages', async function () {
    this.timeout(300_000); // 60 random cases
    await fc.assert(fc.asyncProperty(hostile, async (title) => {
      const res = await editor.post('/moten', {
        kind: 'aterkoppling', title, description: 'Beskrivning', date: '2027-03-10', start_time: '10:00', end_time: '11:00',
        meeting_url: 'https://meet.example/abc', capacity: '50', deadline_date: '2027-03-08', audience: 'public',
      });
      assert.equal(res.status, 303, res.text.slice(0, 800));
      const id = /\/moten\/(\d+)$/.exec(res.headers.location)![1];
      const stored = (await ctx.db.selectFrom('meetings').select('title').where('id', '=', Number(id)).executeTakeFirstOrThrow()).title;
      for (const path of [`/moten/${id}`, '/moten']) assertSafe((await editor.get(path)).text, stored, path, true);
      for (const path of ['/moten-och-erfarenhetsutbyten', `/moten-och-erfarenhetsutbyten/${id}`]) {
        const page = await ctx.anonymous().get(path);
        assertSafe(page.text, stored, path, page.status === 200 && path.endsWith(id!));
      }
    }), propertyRuns(60));
  });
});
