import ICAL from 'ical.js';
import supertest from 'supertest';
import { createMailer } from '../../server/mail/mailer';
import { drainOutbox } from '../../server/services/drain-outbox';
import { createTestContext, mergeCookies, type StaffClient, type TestContext } from '../support/context';
import { startTestSmtp, type TestSmtp } from '../support/smtp';

/** The staff form for a meeting, filled in; dates are Stockholm wall-clock (the test clock starts 2026-11-23). */
export function meetingForm(over: Record<string, string> = {}): Record<string, string> {
  return {
    kind: 'erfarenhetsutbyte', title: 'Erfarenhetsutbyte om nattbemanning', description: 'Vi delar erfarenheter.',
    date: '2026-12-10', start_time: '10:00', end_time: '11:30', meeting_url: 'https://moten.example/m/abc',
    capacity: '10', deadline_date: '2026-12-08', deadline_time: '', audience: 'public', recipient_emails: '', lagesbild_ids: '',
    ...over,
  };
}

/** Creates a meeting through POST /moten as an editor; returns its id. */
export async function createMeetingAs(client: StaffClient, over: Record<string, string> = {}): Promise<number> {
  const res = await client.post('/moten', meetingForm(over));
  if (res.status !== 303) throw new Error(`create meeting: ${res.status} ${res.text.slice(0, 1500)}`);
  return Number(/\/moten\/(\d+)$/.exec(res.headers.location)![1]);
}

export function registrationForm(i: number | string, over: Record<string, string> = {}): Record<string, string> {
  return { name: `Deltagare ${i}`, email: `deltagare${i}@kommun.example`, kommunkod: '0180', organisation: '', role: 'Enhetschef', needs: '', consent: 'ja', ...over };
}

/** Registers through the public form as an anonymous visitor. */
export function register(ctx: TestContext, meetingId: number, form: Record<string, string>) {
  return ctx.anonymous().post(`/moten-och-erfarenhetsutbyten/${meetingId}`, form);
}

/** A test context whose mail goes to a real SMTP server on loopback. */
export async function mailContext(): Promise<{ ctx: TestContext; smtp: TestSmtp; drain(): Promise<void>; close(): Promise<void> }> {
  const smtp = await startTestSmtp();
  const ctx = await createTestContext();
  (ctx.deps as { mailer: unknown }).mailer = createMailer({ smtpUrl: smtp.url });
  return {
    ctx, smtp,
    async drain() { await drainOutbox(ctx.deps); },
    async close() { ctx.deps.mailer.close(); await ctx.close(); await smtp.close(); },
  };
}

export type SmtpMessage = TestSmtp['messages'][number];

export function mailsTo(smtp: TestSmtp, address: string): SmtpMessage[] {
  return smtp.messages.filter((m) => m.envelopeTo.includes(address));
}

/** The one .ics attachment of a mail, parsed with ical.js. */
export function calendarOf(mail: SmtpMessage) {
  const ics = (mail.attachments ?? []).filter((a) => a.contentType === 'text/calendar');
  if (ics.length !== 1) throw new Error(`expected one .ics attachment, got ${ics.length}`);
  const text = ics[0]!.content.toString('utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  const utc = (name: string) => (vevent.getFirstPropertyValue(name) as InstanceType<typeof ICAL.Time>).toJSDate().toISOString();
  return {
    text, method: String(calendar.getFirstPropertyValue('method')),
    uid: String(vevent.getFirstPropertyValue('uid')), sequence: Number(vevent.getFirstPropertyValue('sequence')),
    status: String(vevent.getFirstPropertyValue('status')), start: utc('dtstart'), end: utc('dtend'),
    startIsUtc: (vevent.getFirstPropertyValue('dtstart') as InstanceType<typeof ICAL.Time>).zone === ICAL.Timezone.utcTimezone,
  };
}

/** The cancel link's token in a mail's text. */
export function cancelTokenIn(mail: SmtpMessage | { text?: string | null }): string {
  const m = /\/avboka\/([\w-]+)/.exec(mail.text ?? '');
  if (!m) throw new Error('no cancel link in the mail');
  return m[1]!;
}

/** Follows a cancel link as a visitor would: GET the link (token → cookie), GET the page, POST the button. */
export async function cancelByLink(ctx: TestContext, token: string) {
  const anon = ctx.anonymous();
  const first = await supertest(ctx.app).get(`/avboka/${token}`).set('Cookie', anon.cookie);
  if (first.status !== 303) return { first, page: undefined, post: undefined };
  const cookie = mergeCookies(anon.cookie, first.headers['set-cookie']);
  const page = await supertest(ctx.app).get('/avboka').set('Cookie', cookie);
  const post = await supertest(ctx.app).post('/avboka').set('Cookie', cookie).type('form').send({ _csrf: anon.csrf });
  return { first, page, post };
}

export async function registrations(ctx: TestContext, meetingId: number) {
  return ctx.db.selectFrom('meeting_registrations').selectAll().where('meeting_id', '=', meetingId).orderBy('id').execute();
}
