// .ics files for feedback meetings (registration confirmations, updates, cancellations).
//
// Times are written in UTC ("DTSTART:20260327T090000Z"). A UTC time means the same
// instant in every calendar program, with no VTIMEZONE block to get wrong, so a
// meeting at 10:00 Stockholm time stays at 10:00 on both sides of a DST change;
// the receiving calendar shows it in the reader's own zone.
import { createEvent, type Attendee, type EventAttributes } from 'ics';
import { refoldIcs } from './fold-lines';

export type IcsPerson = { name: string; email: string };

export type IcsEvent = {
  /** Stable across updates, e.g. `registration-<id>@aldreomsorgspanelen.example`. */
  uid: string;
  /** 0 for the first version; raise it for every update or cancellation of the same uid. */
  sequence: number;
  method: 'REQUEST' | 'CANCEL' | 'PUBLISH';
  start: Date;
  end: Date;
  title: string;
  description: string;
  url?: string;
  location?: string;
  organizer: IcsPerson;
  /** Required for REQUEST and CANCEL (RFC 5546); left out for PUBLISH, which must not name attendees. */
  attendee?: IcsPerson;
  /** Defaults to CANCELLED for METHOD:CANCEL, otherwise CONFIRMED. */
  status?: 'CONFIRMED' | 'CANCELLED';
  /** DTSTAMP: when this version was made. Defaults to now. */
  stamp?: Date;
};

const PRODUCT_ID = '-//Aldreomsorgspanelen//Moten//SV';

// A lone CR would end the content line early, and other control characters are
// not allowed in iCalendar text.
function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

// Parameter values (CN="…") cannot contain DQUOTE at all, and `ics` would write \" .
function cleanName(name: string): string {
  return cleanText(name).replace(/\n/g, ' ').replace(/"/g, "'");
}

function assertValid(event: IcsEvent): void {
  const { start, end, sequence, uid, method } = event;
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) throw new Error('buildIcs: invalid start or end');
  if (end.getTime() <= start.getTime()) throw new Error('buildIcs: end must be after start');
  if (!Number.isInteger(sequence) || sequence < 0) throw new Error(`buildIcs: sequence must be a whole number >= 0, got ${sequence}`);
  if (uid.trim() === '' || /[\r\n]/.test(uid)) throw new Error('buildIcs: uid must be one non-empty line');
  if (method !== 'PUBLISH' && !event.attendee) throw new Error(`buildIcs: METHOD:${method} needs an attendee`);
  if (method === 'CANCEL' && event.status === 'CONFIRMED') throw new Error('buildIcs: METHOD:CANCEL cannot have STATUS:CONFIRMED');
}

function attendeeOf(event: IcsEvent): Attendee[] | undefined {
  if (!event.attendee || event.method === 'PUBLISH') return undefined;
  const { name, email } = event.attendee;
  return [{ name: cleanName(name), email, role: 'REQ-PARTICIPANT', partstat: 'ACCEPTED', rsvp: false }];
}

/** One VEVENT in a VCALENDAR, CRLF line endings, lines folded at 75 octets. Throws if `ics` refuses the data. */
export function buildIcs(event: IcsEvent): string {
  assertValid(event);
  const attributes: EventAttributes & { timestamp: number } = {
    productId: PRODUCT_ID,
    method: event.method,
    uid: event.uid,
    sequence: event.sequence,
    timestamp: (event.stamp ?? new Date()).getTime(),
    start: event.start.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: event.end.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: cleanText(event.title),
    description: cleanText(event.description),
    url: event.url,
    location: event.location === undefined ? undefined : cleanText(event.location),
    status: event.status ?? (event.method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'),
    organizer: { name: cleanName(event.organizer.name), email: event.organizer.email },
    attendees: attendeeOf(event),
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) {
    const details = (error as { errors?: string[] } | null)?.errors?.join('; ') || error?.message || 'no output';
    throw new Error(`buildIcs: the ics package refused the event: ${details}`);
  }
  return refoldIcs(value);
}
