import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { createTestContext, type TestContext } from '../support/context';
import { createMeetingAs, register, registrationForm } from './support';

// Issue 16 §4: "Lägg till i kalendern" on the meeting page and the registration confirmation page.
describe('meetings: calendar file from the web', () => {
  let ctx: TestContext;
  let id: number;
  before(async () => {
    ctx = await createTestContext();
    id = await createMeetingAs(await ctx.as('editor'), { title: 'Nattbemanning – erfarenhetsutbyte' });
  });
  after(() => ctx.close());

  it('the meeting page and the thanks page link to a download that ical.js parses', async () => {
    const anon = ctx.anonymous();
    const page = await anon.get(`/moten-och-erfarenhetsutbyten/${id}`).expect(200);
    const href = `/moten-och-erfarenhetsutbyten/${id}/kalender.ics`;
    assert.match(page.text, new RegExp(`<a href="${href}" download>Lägg till i kalendern`));
    const done = await register(ctx, id, registrationForm(1));
    const thanks = await anon.get(done.headers.location!).expect(200);
    assert.match(thanks.text, new RegExp(`href="${href}"`));
    const staffPage = await (await ctx.as('viewer')).get(`/moten/${id}`).expect(200);
    assert.match(staffPage.text, new RegExp(`href="${href}"`));

    const res = await anon.get(href).expect(200).buffer(true);
    assert.match(res.headers['content-type']!, /^text\/calendar/);
    assert.match(res.headers['content-disposition']!, /^attachment; filename="mote-\d+\.ics"/);
    const calendar = new ICAL.Component(ICAL.parse(res.text));
    assert.equal(calendar.getFirstPropertyValue('method'), 'PUBLISH');
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    assert.equal(event.summary, 'Nattbemanning – erfarenhetsutbyte');
    // 2026-12-10 10:00–11:30 Stockholm (CET, UTC+1).
    assert.equal(event.startDate.toJSDate().toISOString(), '2026-12-10T09:00:00.000Z');
    assert.equal(event.endDate.toJSDate().toISOString(), '2026-12-10T10:30:00.000Z');
    assert.equal(event.attendees.length, 0, 'a public file names no attendee');
    assert.doesNotMatch(res.text, /moten\.example\/m\/abc/, 'the meeting link is only for registered participants');
    await anon.get('/moten-och-erfarenhetsutbyten/999999/kalender.ics').expect(404);
  });
});
