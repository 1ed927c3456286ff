import assert from 'node:assert/strict';
import { createTestContext, type TestContext } from '../support/context';
import { dryRun } from './support';

const NASTY = ['<script>alert(1)</script>', '"><img src=x onerror=alert(2)>', "' onmouseover='alert(3)", '</textarea><svg onload=alert(4)>'];

/** Nothing the user typed may come back as markup. */
function assertEscaped(html: string, where: string): void {
  for (const raw of ['<script>alert', '<img src=x', "onmouseover='alert", '<svg onload']) assert.ok(!html.includes(raw), `${raw} in ${where}`);
}

describe('panel pages escape what users typed', () => {
  let ctx: TestContext;
  beforeEach(async () => { ctx = await createTestContext(); });
  afterEach(() => ctx.close());

  it('in contact fields, membership reasons and imported files, on every page that shows them', async () => {
    const editor = await ctx.as('editor');
    for (const [i, text] of NASTY.entries()) {
      const kod = ['0114', '0115', '0117', '0120'][i]!;
      await editor.post(`/panel/kommuner/${kod}/medlemskap`, { change: 'join', date: '2026-01-01', reason: text });
      assert.equal((await editor.post(`/panel/kommuner/${kod}/kontakt/ordinarie`, { name: text, title: text, email: `k${i}@x.example` })).status, 303);
      const bad = await editor.post(`/panel/kommuner/${kod}/kontakt/ersattare`, { name: text, title: text, email: text, phone: text });
      assert.equal(bad.status, 422);
      assertEscaped(bad.text, `422 form ${i}`);
      await editor.post(`/panel/kommuner/${kod}/medlemskap`, { change: 'pause', date: '2026-02-01', reason: text });
    }
    const contacts = await ctx.db.selectFrom('contacts').select('id').execute();
    const admin = await ctx.as('admin');
    const q = (t: string) => `"${t.replace(/"/g, '""')}"`;
    const csv = `kommun;namn;e-post;telefon\n${NASTY.map((t, i) => [q(t), q(t), q(`${t}@x`), i].join(';')).join('\n')}\n`;
    const { id } = await dryRun(ctx, editor, 'xss.csv', csv);
    const pages = ['/panel', '/panel/kommuner', '/panel/kommuner/0114', '/panel/kommuner/0117', '/panel/kommuner/0120', '/panel/atgarder', `/panel/import/${id}`, '/admin/logg',
      ...contacts.flatMap((c) => [`/panel/kontakter/${c.id}`, `/panel/kontakter/${c.id}/andra`, `/panel/kontakter/${c.id}/radera`])];
    for (const path of pages) {
      const res = await admin.get(path);
      assert.equal(res.status, 200, path);
      assertEscaped(res.text, path);
    }
    assert.match((await admin.get('/panel/kommuner/0114')).text, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  });
});
