import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { createTestContext, type TestContext } from '../support/context';
import { createMeetingAs, register, registrationForm } from '../meetings/support';

// Issue 16 §4: the mail viewer lists and downloads attachments and filters by wave, meeting and kind.
describe('mail viewer: attachments and filters', () => {
  let ctx: TestContext;
  let first: number;
  let second: number;
  before(async () => {
    ctx = await createTestContext();
    const editor = await ctx.as('editor');
    first = await createMeetingAs(editor, { title: 'Första mötet' });
    second = await createMeetingAs(editor, { title: 'Andra mötet' });
    assert.equal((await register(ctx, first, registrationForm(1))).status, 303);
    assert.equal((await register(ctx, second, registrationForm(2))).status, 303);
  });
  after(() => ctx.close());

  it('filters by meeting and by kind', async () => {
    const editor = await ctx.as('editor');
    const all = await editor.get('/admin/e-post').expect(200);
    assert.match(all.text, /deltagare1@kommun\.example/);
    assert.match(all.text, /deltagare2@kommun\.example/);
    assert.match(all.text, /<option value="\d+">Första mötet<\/option>/);
    const one = await editor.get(`/admin/e-post?mote=${first}`).expect(200);
    assert.match(one.text, /deltagare1@kommun\.example/);
    assert.doesNotMatch(one.text, /deltagare2@kommun\.example/);
    assert.match(one.text, new RegExp(`<option value="${first}" selected>`));
    const category = (await ctx.db.selectFrom('outbox').select('category').where('to_address', '=', 'deltagare2@kommun.example').executeTakeFirstOrThrow()).category;
    const byKind = await editor.get(`/admin/e-post?kategori=${encodeURIComponent(category)}&mote=${second}`).expect(200);
    assert.match(byKind.text, /deltagare2@kommun\.example/);
    assert.doesNotMatch(byKind.text, /deltagare1@kommun\.example/);
    assert.doesNotMatch((await editor.get('/admin/e-post?kategori=finns-inte')).text, /kommun\.example/);
    await editor.get('/admin/e-post?utskick=999999').expect(200);
  });

  it('lists the attachments of a mail and downloads them', async () => {
    const editor = await ctx.as('editor');
    const mail = await ctx.db.selectFrom('outbox').select('id').where('to_address', '=', 'deltagare1@kommun.example').where('attachments', 'is not', null).executeTakeFirstOrThrow();
    const page = await editor.get(`/admin/e-post/${mail.id}`).expect(200);
    const href = /<a href="(\/admin\/e-post\/\d+\/bilagor\/1)" download>mote\.ics<\/a>/.exec(page.text)?.[1];
    assert.ok(href, 'the attachment is a download link');
    const file = await editor.get(href).expect(200).buffer(true);
    assert.match(file.headers['content-type']!, /^text\/calendar/);
    assert.match(file.headers['content-disposition']!, /attachment; filename="mote\.ics"/);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(file.text)).getFirstSubcomponent('vevent')!);
    assert.equal(event.summary, 'Första mötet');
    await editor.get(`/admin/e-post/${mail.id}/bilagor/2`).expect(404);
    await (await ctx.as('viewer')).get(href).expect(403);
  });
});
