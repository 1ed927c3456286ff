import { buildIcs } from '../../domain/calendar';
import type { MailAttachment } from '../../mail/mailer';
import type { MeetingRow } from '../../../db/repositories/meetings';

/** "Äldreomsorgspanelen <panelen@x.example>" → name and address for ORGANIZER. */
export function organizerOf(mailFrom: string): { name: string; email: string } {
  const m = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(mailFrom);
  return m ? { name: m[1]!.trim() || 'Äldreomsorgspanelen', email: m[2]!.trim() } : { name: 'Äldreomsorgspanelen', email: mailFrom.trim() };
}

/** Stable per registration, so an update or cancellation replaces the event already in the calendar. */
export function registrationUid(baseUrl: string, registrationId: number): string {
  return `meeting-registration-${registrationId}@${new URL(baseUrl).hostname}`;
}

/** The meeting's revision plus how often the registration was taken up again: rises with every change. */
export function icsSequence(meeting: Pick<MeetingRow, 'revision'>, registration: { rebooked: number }): number {
  return meeting.revision + registration.rebooked;
}

export interface CalendarFileInput {
  meeting: MeetingRow;
  registration: { id: number; name: string; email: string; rebooked: number };
  method: 'REQUEST' | 'CANCEL';
  baseUrl: string;
  mailFrom: string;
  now: Date;
}

export function meetingIcs(p: CalendarFileInput): string {
  const { meeting } = p;
  return buildIcs({
    uid: registrationUid(p.baseUrl, p.registration.id),
    sequence: icsSequence(meeting, p.registration),
    method: p.method,
    start: new Date(meeting.starts_at),
    end: new Date(meeting.ends_at),
    title: meeting.title,
    description: p.method === 'CANCEL' ? 'Mötet är avbokat.' : `${meeting.description}\n\nLänk till mötet: ${meeting.meeting_url}`,
    url: p.method === 'CANCEL' ? undefined : meeting.meeting_url,
    location: 'Digitalt möte',
    organizer: organizerOf(p.mailFrom),
    attendee: { name: p.registration.name, email: p.registration.email },
    stamp: p.now,
  });
}

export function meetingIcsAttachment(p: CalendarFileInput): MailAttachment {
  return {
    filename: p.method === 'CANCEL' ? 'avbokat-mote.ics' : 'mote.ics',
    contentType: `text/calendar; method=${p.method}; charset=utf-8`,
    contentBase64: Buffer.from(meetingIcs(p), 'utf8').toString('base64'),
  };
}

/** The public calendar file offered for download on the meeting pages: no attendee, no meeting link (that is
 *  for registered participants only), the same event every time (uid per meeting, sequence = revision). */
export function publicMeetingIcs(meeting: MeetingRow, baseUrl: string, mailFrom: string, now: Date, pageUrl: string): string {
  return buildIcs({
    uid: `meeting-${meeting.id}@${new URL(baseUrl).hostname}`,
    sequence: meeting.revision,
    method: 'PUBLISH',
    start: new Date(meeting.starts_at),
    end: new Date(meeting.ends_at),
    title: meeting.title,
    description: `${meeting.description}\n\nAnmälan och information: ${pageUrl}\nLänken till mötet får du i bekräftelsen när du har anmält dig.`,
    url: pageUrl,
    location: 'Digitalt möte',
    organizer: organizerOf(mailFrom),
    status: meeting.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    stamp: now,
  });
}
