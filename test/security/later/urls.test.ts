import assert from 'node:assert/strict';
import { httpsUrl } from '../../../server/inputs/safe-values';
import { createTestContext, type TestContext } from '../../support/context';
import { meetingForm, register, registrationForm } from '../../meetings/support';

describe('inputs that break later: links are read with new URL, https only, at the form', () => {
  it('normalises what a browser would, and refuses other schemes, user info, odd hosts and control characters', () => {
    assert.equal(httpsUrl('https://moten.example/m/a"c<d>'), 'https://moten.example/m/a%22c%3Cd%3E');
    assert.equal(httpsUrl('https://Möten.Example/å'), 'https://xn--mten-5qa.example/%C3%A5');
    for (const bad of ['http://moten.example/', 'javascript:alert(1)', 'https://', 'https://user:pw@moten.example/', 'https://a_b.example/',
      'https://moten.example/a b', 'https://moten.example/\u0001', 'ftp://moten.example/', `https://moten.example/${'a'.repeat(1000)}`]) {
      assert.equal(httpsUrl(bad), null, bad);
    }
  });

  describe('the meeting form', () => {
    let ctx: TestContext;
    beforeEach(async () => { ctx = await createTestContext(); });
    afterEach(() => ctx.close());

    it('stores a link with a quote normalised, so the public registration (with its .ics) works', async () => {
      const editor = await ctx.as('editor');
      const created = await editor.post('/moten', meetingForm({ meeting_url: 'https://moten.example/m/a"b' }));
      assert.equal(created.status, 303);
      const id = Number(/\/moten\/(\d+)$/.exec(created.headers.location)![1]);
      const row = await ctx.db.selectFrom('meetings').select('meeting_url').where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(row.meeting_url, 'https://moten.example/m/a%22b');
      assert.equal((await register(ctx, id, registrationForm(1))).status, 303);
    });

    it('refuses a link with a space (ics refused it: every registration answered 500) and an http link, with a Swedish message', async () => {
      const editor = await ctx.as('editor');
      for (const url of ['https://moten.example/m/a b', 'http://moten.example/m/abc']) {
        const res = await editor.post('/moten', meetingForm({ meeting_url: url }));
        assert.equal(res.status, 422, url);
        assert.match(res.text, /href="#f-meeting_url">Ange mötets länk som en https-adress/);
      }
    });

    it('refuses control characters in any field, with the message by the field', async () => {
      const editor = await ctx.as('editor');
      const res = await editor.post('/moten', meetingForm({ title: 'Möte\u0007' }));
      assert.equal(res.status, 422);
      assert.match(res.text, /href="#f-title">Texten innehåller osynliga styrtecken/);
    });
  });
});
