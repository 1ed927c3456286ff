import { renderEmail } from '../layout';
import { CANCEL_HINT, greeting, PERSONAL_LINK, whenText, type MailContent, type MeetingMailData } from './meeting-text';

/** Sent about one day before the meeting to everyone with a place. */
export function meetingReminderEmail(p: { meeting: MeetingMailData; name: string; cancelUrl: string }): MailContent {
  const { meeting } = p;
  const { html, text } = renderEmail({
    greeting: greeting(p.name),
    paragraphs: [
      `Välkommen till ${meeting.title} snart.`,
      `Tid: ${whenText(meeting)}.`,
      `Länk till mötet: ${meeting.meetingUrl}`,
      'Anslut gärna några minuter innan mötet börjar, så hinner du kontrollera ljud och bild.',
      CANCEL_HINT,
    ],
    action: { text: 'Avboka min plats', url: p.cancelUrl },
    after: [PERSONAL_LINK],
  });
  return { subject: `Påminnelse: ${meeting.title}`, html, text };
}
