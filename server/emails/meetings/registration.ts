import { renderEmail } from '../layout';
import { CANCEL_HINT, greeting, PERSONAL_LINK, whenText, type MailContent, type MeetingMailData } from './meeting-text';

export type RegistrationMailKind = 'confirmed' | 'promoted' | 'waitlisted';

const SUBJECT: Record<RegistrationMailKind, string> = {
  confirmed: 'Bekräftelse på anmälan',
  promoted: 'Du har fått en plats',
  waitlisted: 'Du står på väntelistan',
};

/** Confirmation of a place (with the meeting link and .ics), or of a place on the waitlist (without them). */
export function registrationEmail(p: { meeting: MeetingMailData; name: string; kind: RegistrationMailKind; cancelUrl: string }): MailContent {
  const { meeting } = p;
  const placed = p.kind !== 'waitlisted';
  const opening = {
    confirmed: `Tack för din anmälan till ${meeting.title}. Du har en plats.`,
    promoted: `En plats har blivit ledig på ${meeting.title}, och du som stod först på väntelistan har fått den.`,
    waitlisted: `Tack för din anmälan till ${meeting.title}. Mötet är fullt just nu, så du står på väntelistan. Om någon avbokar får du en plats i den ordning du anmälde dig, och då får du ett nytt meddelande med länken till mötet.`,
  }[p.kind];
  const { html, text } = renderEmail({
    greeting: greeting(p.name),
    paragraphs: [
      opening,
      `Tid: ${whenText(meeting)}.`,
      ...(placed ? [`Länk till mötet: ${meeting.meetingUrl}`, 'I bilagan finns en kalenderfil som du kan öppna för att lägga in mötet i din kalender.'] : []),
      placed ? CANCEL_HINT : 'Vill du inte längre stå på väntelistan? Avanmäl dig här:',
    ],
    action: { text: placed ? 'Avboka min plats' : 'Lämna väntelistan', url: p.cancelUrl },
    after: [PERSONAL_LINK],
  });
  return { subject: `${SUBJECT[p.kind]}: ${meeting.title}`, html, text };
}
