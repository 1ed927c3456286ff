import assert from 'node:assert/strict';
import { seedPanel } from '../panel/support';
import { sendMeetingReminders } from '../../server/services/meetings/reminders';
import { calendarOf, cancelByLink, cancelTokenIn, createMeetingAs, mailContext, mailsTo, meetingForm, register, registrationForm, registrations } from './support';

type MailCtx = Awaited<ReturnType<typeof mailContext>>;

describe('meetings: mail over real loopback SMTP', () => {
  let m: MailCtx;
  beforeEach(async () => { m = await mailContext(); });
  afterEach(() => m.close());

  it('confirms with the meeting link, a cancel link and an .ics with UTC times, stable UID and a rising SEQUENCE across DST', async () => {
    const editor = await m.ctx.as('editor');
    // Friday 26 March 2027 is the last day of CET (UTC+1); summer time starts on Sunday 28 March.
    const form = { date: '2027-03-26', start_time: '10:00', end_time: '11:30', deadline_date: '2027-03-20' };
    const id = await createMeetingAs(editor, form);
    await register(m.ctx, id, registrationForm(1, { name: 'Åsa Öberg' }));
    await m.drain();
    const [confirmation] = mailsTo(m.smtp, 'deltagare1@kommun.example');
    assert.ok(confirmation);
    assert.equal(confirmation.subject, 'Bekräftelse på anmälan: Erfarenhetsutbyte om nattbemanning');
    assert.match(confirmation.text!, /Länk till mötet: https:\/\/moten\.example\/m\/abc/);
    assert.match(confirmation.text!, /http:\/\/panel\.test\/avboka\/[\w-]{43}/);
    assert.equal(confirmation.attachments[0]!.filename, 'mote.ics');
    const ics = calendarOf(confirmation);
    assert.equal(ics.method, 'REQUEST');
    assert.equal(ics.startIsUtc, true);
    assert.deepEqual([ics.start, ics.end], ['2027-03-26T09:00:00.000Z', '2027-03-26T10:30:00.000Z']);
    assert.equal(ics.sequence, 0);
    const [registration] = await registrations(m.ctx, id);
    assert.equal(ics.uid, `meeting-registration-${registration!.id}@panel.test`);

    // Moved to Monday after the change: 10:00 is now UTC+2.
    const moved = await editor.post(`/moten/${id}`, meetingForm({ ...form, date: '2027-03-29' }));
    assert.equal(moved.status, 303);
    await m.drain();
    const update = mailsTo(m.smtp, 'deltagare1@kommun.example')[1]!;
    assert.equal(update.subject, 'Ändrat möte: Erfarenhetsutbyte om nattbemanning');
    const updated = calendarOf(update);
    assert.deepEqual([updated.start, updated.end], ['2027-03-29T08:00:00.000Z', '2027-03-29T09:30:00.000Z']);
    assert.equal(updated.uid, ics.uid, 'the update replaces the event');
    assert.equal(updated.sequence, 1);
    assert.match(update.text!, /2027-03-29 kl\. 10:00–11:30 \(svensk tid\)/);

    // A change that is not in the calendar (capacity) sends nothing.
    await editor.post(`/moten/${id}`, meetingForm({ ...form, date: '2027-03-29', capacity: '20' }));
    await m.drain();
    assert.equal(mailsTo(m.smtp, 'deltagare1@kommun.example').length, 2);
  });

  it('cancelling through the mail link promotes the first on the waitlist, who is told by mail with the link and .ics', async () => {
    const id = await createMeetingAs(await m.ctx.as('editor'), { capacity: '1' });
    for (const i of [1, 2, 3]) await register(m.ctx, id, registrationForm(i));
    await m.drain();
    const token = cancelTokenIn(mailsTo(m.smtp, 'deltagare1@kommun.example')[0]!);
    const { first, page, post } = await cancelByLink(m.ctx, token);
    assert.equal(first.status, 303);
    assert.equal(first.headers.location, '/avboka', 'the token leaves the address bar');
    assert.match(page!.text, /Vill du avboka din plats\?/);
    assert.equal(post!.status, 303);
    assert.equal(post!.headers.location, '/avbokad');
    await m.drain();

    const rows = await registrations(m.ctx, id);
    assert.deepEqual(rows.map((r) => r.status), ['cancelled', 'registered', 'waitlisted']);
    const cancelled = mailsTo(m.smtp, 'deltagare1@kommun.example')[1]!;
    assert.equal(cancelled.subject, 'Avbokad: Erfarenhetsutbyte om nattbemanning');
    assert.equal(calendarOf(cancelled).method, 'CANCEL');
    const promoted = mailsTo(m.smtp, 'deltagare2@kommun.example');
    assert.deepEqual(promoted.map((p) => p.subject), ['Du står på väntelistan: Erfarenhetsutbyte om nattbemanning', 'Du har fått en plats: Erfarenhetsutbyte om nattbemanning']);
    assert.match(promoted[1]!.text!, /moten\.example\/m\/abc/);
    assert.equal(calendarOf(promoted[1]!).method, 'REQUEST');
    assert.equal(mailsTo(m.smtp, 'deltagare3@kommun.example').length, 1, 'the second in line only got the waitlist mail');

    // The link again: nothing left to cancel, nobody else promoted.
    const again = await cancelByLink(m.ctx, token);
    assert.match(again.page!.text, /Din anmälan är redan avbokad/);
    assert.deepEqual((await registrations(m.ctx, id)).map((r) => r.status), ['cancelled', 'registered', 'waitlisted']);
    const stored = await m.ctx.db.selectFrom('meeting_cancel_tokens').select('token_hash').execute();
    assert.ok(stored.length >= 3 && stored.every((t) => /^[0-9a-f]{64}$/.test(t.token_hash) && t.token_hash !== token), 'only hashes are stored');
    assert.equal((await cancelByLink(m.ctx, 'x'.repeat(43))).first.status, 404);
    assert.ok(!m.ctx.logs.some((l) => l.includes(token) || l.includes('deltagare1@')), 'neither the token nor the address is logged');
  });

  it('sends the reminder once per registration with the meeting link, even when the job runs twice or at once', async () => {
    const id = await createMeetingAs(await m.ctx.as('editor'), { date: '2026-11-26', deadline_date: '2026-11-25' });
    for (const i of [1, 2, 3]) await register(m.ctx, id, registrationForm(i));
    assert.equal((await sendMeetingReminders(m.ctx.deps)).queued, 0, 'not yet: more than a day before');
    m.ctx.clock.set('2026-11-25T09:30:00Z');
    const [a, b] = await Promise.all([sendMeetingReminders(m.ctx.deps), sendMeetingReminders(m.ctx.deps)]);
    assert.equal(a.queued + b.queued, 3);
    assert.equal((await sendMeetingReminders(m.ctx.deps)).queued, 0);
    await m.drain();
    await m.drain();
    const reminders = m.smtp.messages.filter((x) => x.subject?.startsWith('Påminnelse'));
    assert.equal(reminders.length, 3);
    assert.deepEqual(reminders.map((r) => r.envelopeTo[0]).sort(), ['deltagare1@kommun.example', 'deltagare2@kommun.example', 'deltagare3@kommun.example']);
    assert.match(reminders[0]!.text!, /Länk till mötet: https:\/\/moten\.example\/m\/abc/);
    m.ctx.clock.advanceMinutes(60);
    assert.equal((await sendMeetingReminders(m.ctx.deps)).queued, 0);
  });

  it('cancelling the meeting sends a CANCEL calendar file to everyone with a place', async () => {
    const editor = await m.ctx.as('editor');
    const id = await createMeetingAs(editor, { capacity: '1' });
    await register(m.ctx, id, registrationForm(1));
    await register(m.ctx, id, registrationForm(2));
    assert.equal((await editor.post(`/moten/${id}/installt`)).status, 303);
    await m.drain();
    const cancelledMail = (to: string) => mailsTo(m.smtp, to).find((x) => x.subject === 'Inställt: Erfarenhetsutbyte om nattbemanning');
    const placed = cancelledMail('deltagare1@kommun.example')!;
    const ics = calendarOf(placed);
    assert.deepEqual([ics.method, ics.status, ics.sequence], ['CANCEL', 'CANCELLED', 1]);
    const waiting = cancelledMail('deltagare2@kommun.example')!;
    assert.equal(waiting.attachments.length, 0);
  });

  it('invites the panel through the outbox once per contact, with the registration link', async () => {
    await seedPanel(m.ctx);
    const editor = await m.ctx.as('editor');
    const id = await createMeetingAs(editor, { kind: 'aterkoppling', audience: 'panel', capacity: '150' });
    assert.equal((await editor.post(`/moten/${id}/inbjudningar`)).status, 303);
    assert.equal((await editor.post(`/moten/${id}/inbjudningar`)).status, 303);
    await m.drain();
    await m.drain();
    const invites = m.smtp.messages.filter((x) => x.subject?.startsWith('Inbjudan'));
    assert.equal(invites.length, 149);
    assert.equal(new Set(invites.map((x) => x.envelopeTo[0])).size, 149);
    assert.match(invites[0]!.text!, new RegExp(`http://panel\\.test/moten-och-erfarenhetsutbyten/${id}`));
    assert.doesNotMatch(invites[0]!.text!, /moten\.example\/m\/abc/, 'no meeting link before registering');
  });

  it('invites a pasted list of addresses', async () => {
    const editor = await m.ctx.as('editor');
    const id = await createMeetingAs(editor, { audience: 'list', recipient_emails: 'a@kommun.example\nB@Kommun.example; a@kommun.example' });
    await editor.post(`/moten/${id}/inbjudningar`);
    await m.drain();
    assert.deepEqual(m.smtp.messages.map((x) => x.envelopeTo[0]).sort(), ['a@kommun.example', 'b@kommun.example']);
  });
});
