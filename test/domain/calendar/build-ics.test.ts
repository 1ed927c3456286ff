import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { buildIcs, type IcsEvent } from '../../../server/domain/calendar';
import { stockholmLocalToUtc } from '../../../server/domain/time';

const UID = 'registration-42@aldreomsorgspanelen.example';

function meeting(overrides: Partial<IcsEvent> = {}): IcsEvent {
  return {
    uid: UID,
    sequence: 0,
    method: 'REQUEST',
    start: stockholmLocalToUtc('2026-03-27', '10:00'),
    end: stockholmLocalToUtc('2026-03-27', '11:30'),
    title: 'Återkopplingsmöte om äldreomsorg, vår 2026; Örebro',
    description: 'Välkommen till återkopplingsmötet!\nLänken till mötet kommer i ett separat mejl en vecka innan mötet börjar.',
    url: 'https://aldreomsorgspanelen.example/moten/7',
    location: 'Digitalt möte',
    organizer: { name: 'Äldreomsorgspanelen', email: 'noreply@aldreomsorgspanelen.example' },
    attendee: { name: 'Åsa "Åsa" Öberg', email: 'asa.oberg@habo.se' },
    stamp: new Date('2026-03-01T12:00:00Z'),
    ...overrides,
  };
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) assert.fail('no VEVENT');
  return { calendar, vevent };
}

function utcOf(vevent: InstanceType<typeof ICAL.Component>, name: string): string {
  const time = vevent.getFirstPropertyValue(name) as InstanceType<typeof ICAL.Time>;
  assert.equal(time.zone, ICAL.Timezone.utcTimezone, `${name} is in UTC`);
  return time.toJSDate().toISOString();
}

describe('domain/calendar: buildIcs', () => {
  it('writes a meeting before the spring DST change as 09:00Z', () => {
    const text = buildIcs(meeting());
    const { calendar, vevent } = parse(text);
    assert.equal(calendar.getFirstPropertyValue('method'), 'REQUEST');
    assert.equal(utcOf(vevent, 'dtstart'), '2026-03-27T09:00:00.000Z');
    assert.equal(utcOf(vevent, 'dtend'), '2026-03-27T10:30:00.000Z');
    assert.match(text, /\r\nDTSTART:20260327T090000Z\r\n/);
  });

  it('writes a meeting after the spring DST change as 08:00Z', () => {
    const text = buildIcs(meeting({
      start: stockholmLocalToUtc('2026-03-30', '10:00'),
      end: stockholmLocalToUtc('2026-03-30', '11:30'),
    }));
    const { vevent } = parse(text);
    assert.equal(utcOf(vevent, 'dtstart'), '2026-03-30T08:00:00.000Z');
    assert.equal(utcOf(vevent, 'dtend'), '2026-03-30T09:30:00.000Z');
    assert.match(text, /\r\nDTSTART:20260330T080000Z\r\n/);
  });

  it('keeps UID, SEQUENCE, STATUS and Swedish text exactly', () => {
    const event = meeting({ sequence: 3 });
    const { vevent } = parse(buildIcs(event));
    assert.equal(vevent.getFirstPropertyValue('uid'), UID);
    assert.equal(vevent.getFirstPropertyValue('sequence'), 3);
    assert.equal(vevent.getFirstPropertyValue('status'), 'CONFIRMED');
    assert.equal(vevent.getFirstPropertyValue('summary'), event.title);
    assert.equal(vevent.getFirstPropertyValue('description'), event.description);
    assert.equal(vevent.getFirstPropertyValue('location'), 'Digitalt möte');
    assert.equal(vevent.getFirstPropertyValue('url'), event.url);
    assert.equal(utcOf(vevent, 'dtstamp'), '2026-03-01T12:00:00.000Z');
  });

  it('names organizer and attendee, with a quote in a name made harmless', () => {
    const { vevent } = parse(buildIcs(meeting()));
    const organizer = vevent.getFirstProperty('organizer')!;
    assert.equal(String(organizer.getFirstValue()).toLowerCase(), 'mailto:noreply@aldreomsorgspanelen.example');
    assert.equal(organizer.getParameter('cn'), 'Äldreomsorgspanelen');
    const attendee = vevent.getFirstProperty('attendee')!;
    assert.equal(String(attendee.getFirstValue()).toLowerCase(), 'mailto:asa.oberg@habo.se');
    assert.equal(attendee.getParameter('cn'), "Åsa 'Åsa' Öberg");
    assert.equal(attendee.getParameter('partstat'), 'ACCEPTED');
  });

  it('writes a cancellation with METHOD:CANCEL, STATUS:CANCELLED and the same UID', () => {
    const { calendar, vevent } = parse(buildIcs(meeting({ method: 'CANCEL', sequence: 1 })));
    assert.equal(calendar.getFirstPropertyValue('method'), 'CANCEL');
    assert.equal(vevent.getFirstPropertyValue('status'), 'CANCELLED');
    assert.equal(vevent.getFirstPropertyValue('uid'), UID);
    assert.equal(vevent.getFirstPropertyValue('sequence'), 1);
  });

  it('leaves the attendee out of PUBLISH', () => {
    const text = buildIcs(meeting({ method: 'PUBLISH' }));
    const { calendar, vevent } = parse(text);
    assert.equal(calendar.getFirstPropertyValue('method'), 'PUBLISH');
    assert.equal(vevent.getFirstProperty('attendee'), null);
  });

  it('uses CRLF only and folds lines at 75 octets without breaking å ä ö', () => {
    const description = 'Återkoppling om äldreomsorgens läge i kommunerna. '.repeat(8) + 'Slut: åäö.';
    const text = buildIcs(meeting({ description }));
    assert.ok(text.endsWith('END:VCALENDAR\r\n'));
    assert.doesNotMatch(text.replace(/\r\n/g, ''), /[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `too long: ${line}`);
    assert.ok(lines.some((l) => l.startsWith(' ')), 'some line is folded');
    assert.ok(!text.includes('\uFFFD'));
    assert.equal(parse(text).vevent.getFirstPropertyValue('description'), description);
  });

  it('keeps a lone CR in the text from ending the line', () => {
    const { vevent } = parse(buildIcs(meeting({ description: 'Rad ett\rRad två' })));
    assert.equal(vevent.getFirstPropertyValue('description'), 'Rad ett\nRad två');
  });

  it('throws clear errors for impossible events', () => {
    assert.throws(() => buildIcs(meeting({ end: stockholmLocalToUtc('2026-03-27', '09:00') })), /end must be after start/);
    assert.throws(() => buildIcs(meeting({ sequence: -1 })), /sequence/);
    assert.throws(() => buildIcs(meeting({ attendee: undefined })), /METHOD:REQUEST needs an attendee/);
    assert.throws(() => buildIcs(meeting({ method: 'CANCEL', status: 'CONFIRMED' })), /CANCEL/);
    assert.throws(() => buildIcs(meeting({ organizer: { name: 'X', email: 'inte en adress' } })), /ics package refused/);
  });
});
