import assert from 'node:assert/strict';
import { registerForMeeting } from '../../server/services/meetings/register';
import { createTestContext, type TestContext } from '../support/context';
import { createMeetingAs, register, registrationForm, registrations } from './support';

describe('meetings: public registration', () => {
  let ctx: TestContext;
  beforeEach(async () => { ctx = await createTestContext(); });
  afterEach(() => ctx.close());

  const page = (id: number) => ctx.anonymous().get(`/moten-och-erfarenhetsutbyten/${id}`);

  it('lists the open meeting publicly and shows the form without the meeting link', async () => {
    const id = await createMeetingAs(await ctx.as('editor'));
    const list = await ctx.anonymous().get('/moten-och-erfarenhetsutbyten');
    assert.equal(list.status, 200);
    assert.match(list.text, /Erfarenhetsutbyte om nattbemanning/);
    const res = await page(id);
    assert.equal(res.status, 200);
    assert.match(res.text, /10 av 10 platser är lediga/);
    assert.match(res.text, /<option value="0180">Stockholm<\/option>/);
    assert.doesNotMatch(res.text, /moten\.example\/m\/abc/, 'the meeting link is only for the registered');
  });

  it('answers 422 with the error summary, Swedish messages by the fields and the values kept', async () => {
    const id = await createMeetingAs(await ctx.as('editor'));
    const res = await register(ctx, id, registrationForm(1, { email: 'inte-en-adress', kommunkod: '', consent: '', name: 'Åsa <b>Öberg</b>' }));
    assert.equal(res.status, 422);
    assert.match(res.text, /class="error-summary"/);
    assert.match(res.text, /href="#f-email">Ange en e-postadress i rätt format/);
    assert.match(res.text, /Välj din kommun, eller skriv vilken organisation du kommer från/);
    assert.match(res.text, /Du behöver godkänna att vi sparar uppgifterna/);
    assert.match(res.text, /value="inte-en-adress"/);
    assert.match(res.text, /value="Åsa &lt;b&gt;Öberg&lt;\/b&gt;"/);
    assert.equal((await registrations(ctx, id)).length, 0);
  });

  it('registers without an account, and the same e-mail again shows the existing registration', async () => {
    const id = await createMeetingAs(await ctx.as('editor'));
    const first = await register(ctx, id, registrationForm(1, { kommunkod: '', organisation: 'Region Örebro län', needs: 'Textning' }));
    assert.equal(first.status, 303);
    assert.equal(first.headers.location, `/moten-och-erfarenhetsutbyten/${id}/tack?status=registered`);
    const again = await register(ctx, id, registrationForm(1, { email: 'Deltagare1@Kommun.Example', name: 'Någon annan' }));
    assert.equal(again.headers.location, `/moten-och-erfarenhetsutbyten/${id}/tack?status=existing-registered`);
    const thanks = await ctx.anonymous().get(again.headers.location);
    assert.match(thanks.text, /Du är redan anmäld/);
    const rows = await registrations(ctx, id);
    assert.equal(rows.length, 1);
    assert.deepEqual([rows[0]!.name, rows[0]!.email, rows[0]!.organisation, rows[0]!.needs, rows[0]!.status], ['Deltagare 1', 'deltagare1@kommun.example', 'Region Örebro län', 'Textning', 'registered']);
    const mails = await ctx.db.selectFrom('outbox').select(['category', 'to_address', 'attachments']).execute();
    assert.deepEqual(mails.map((m) => m.category), ['meeting-confirmed'], 'one confirmation, not two');
    assert.match(mails[0]!.attachments!, /text\/calendar; method=REQUEST/);
  });

  it('offers the waitlist when the meeting is full', async () => {
    const id = await createMeetingAs(await ctx.as('editor'), { capacity: '1' });
    await register(ctx, id, registrationForm(1));
    const full = await page(id);
    assert.match(full.text, /Alla platser är tagna\. Du kan anmäla dig till väntelistan/);
    assert.match(full.text, /Anmäl mig till väntelistan/);
    const res = await register(ctx, id, registrationForm(2));
    assert.equal(res.headers.location, `/moten-och-erfarenhetsutbyten/${id}/tack?status=waitlisted`);
    assert.match((await ctx.anonymous().get(res.headers.location)).text, /Du står på väntelistan/);
    const waitMail = await ctx.db.selectFrom('outbox').selectAll().where('category', '=', 'meeting-waitlisted').executeTakeFirstOrThrow();
    assert.equal(waitMail.attachments, null, 'no calendar file without a place');
    assert.doesNotMatch(waitMail.text, /moten\.example\/m\/abc/, 'no meeting link without a place');
  });

  it('says clearly when the deadline has passed or the meeting is cancelled', async () => {
    const editor = await ctx.as('editor');
    const id = await createMeetingAs(editor);
    ctx.clock.set('2026-12-08T23:00:00Z');
    let res = await register(ctx, id, registrationForm(1));
    assert.equal(res.status, 409);
    assert.match(res.text, /Sista dag för anmälan har passerat/);
    assert.doesNotMatch((await page(id)).text, /<form method="post" action="\/moten-och/);
    ctx.clock.set('2026-11-23T09:00:00Z');
    const other = await createMeetingAs(editor);
    assert.equal((await editor.post(`/moten/${other}/installt`)).status, 303);
    res = await register(ctx, other, registrationForm(1));
    assert.equal(res.status, 409);
    assert.match(res.text, /Mötet är inställt\. Det går inte att anmäla sig\./);
    assert.equal((await registrations(ctx, id)).length + (await registrations(ctx, other)).length, 0);
  });

  it('a filled honeypot looks like success and saves nothing', async () => {
    const id = await createMeetingAs(await ctx.as('editor'));
    const res = await register(ctx, id, { ...registrationForm(1), webbplats: 'http://spam.example' });
    assert.equal(res.status, 303);
    assert.equal((await registrations(ctx, id)).length, 0);
    assert.equal((await ctx.db.selectFrom('outbox').selectAll().execute()).length, 0);
  });

  it('limits registrations per client and needs the CSRF token', async () => {
    const id = await createMeetingAs(await ctx.as('editor'), { capacity: '100' });
    assert.equal((await ctx.anonymous().post(`/moten-och-erfarenhetsutbyten/${id}`, registrationForm(0), { csrf: false })).status, 403);
    for (let i = 1; i <= 30; i++) assert.equal((await register(ctx, id, registrationForm(i))).status, 303);
    const limited = await register(ctx, id, registrationForm(31));
    assert.equal(limited.status, 429);
    assert.match(limited.text, /för många anmälningar från din uppkoppling/);
    assert.match(limited.text, /value="deltagare31@kommun\.example"/);
    ctx.clock.advanceMinutes(11);
    assert.equal((await register(ctx, id, registrationForm(31))).status, 303);
    assert.equal((await registrations(ctx, id)).length, 31);
  });

  it('never gives more places than there are: 50 at once for 10 places', async () => {
    const id = await createMeetingAs(await ctx.as('editor'), { capacity: '10' });
    const input = (i: number) => ({ name: `P ${i}`, email: `p${i}@kommun.example`, kommunkod: '0180', organisation: null, role: 'Chef', needs: null, consent: 'ja' as const });
    const outcomes = await Promise.all(Array.from({ length: 50 }, (_, i) => registerForMeeting(ctx.deps, id, input(i))));
    assert.equal(outcomes.filter((o) => o.ok && o.value.status === 'registered').length, 10);
    assert.equal(outcomes.filter((o) => o.ok && o.value.status === 'waitlisted').length, 40);
    const rows = await registrations(ctx, id);
    assert.equal(rows.filter((r) => r.status === 'registered').length, 10);
    assert.equal(rows.filter((r) => r.status === 'waitlisted').length, 40);
    assert.equal((await ctx.db.selectFrom('outbox').selectAll().where('category', '=', 'meeting-confirmed').execute()).length, 10);
  });

  it('over HTTP too: 25 concurrent posts for 5 places, and the same address twice at once stays one registration', async () => {
    const id = await createMeetingAs(await ctx.as('editor'), { capacity: '5' });
    const forms = [...Array.from({ length: 24 }, (_, i) => registrationForm(i)), registrationForm(3)];
    const responses = await Promise.all(forms.map((f) => register(ctx, id, f)));
    assert.ok(responses.every((r) => r.status === 303), responses.map((r) => r.status).join());
    const rows = await registrations(ctx, id);
    assert.equal(rows.length, 24);
    assert.equal(rows.filter((r) => r.status === 'registered').length, 5);
    assert.equal(rows.filter((r) => r.status === 'waitlisted').length, 19);
  });
});
