import { renderEmail } from '../layout';
import { greeting, whenText, type MailContent, type MeetingMailData } from './meeting-text';

/** Confirms that a participant's place (or waitlist place) is cancelled. */
export function registrationCancelledEmail(p: { meeting: MeetingMailData; name: string; placed: boolean; registrationUrl: string }): MailContent {
  const { meeting } = p;
  const { html, text } = renderEmail({
    greeting: greeting(p.name),
    paragraphs: [
      p.placed ? `Din anmälan till ${meeting.title} är avbokad.` : `Du står inte längre på väntelistan till ${meeting.title}.`,
      `Mötet: ${whenText(meeting)}.`,
      ...(p.placed ? ['Kalenderfilen i bilagan tar bort mötet ur din kalender.'] : []),
      'Vill du ändå delta kan du anmäla dig igen så länge anmälan är öppen.',
    ],
    action: { text: 'Till anmälan', url: p.registrationUrl },
  });
  return { subject: `Avbokad: ${meeting.title}`, html, text };
}
