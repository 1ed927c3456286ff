import { renderEmail } from '../layout';
import { greeting, whenText, type MailContent, type MeetingMailData } from './meeting-text';

/** The meeting will not take place. */
export function meetingCancelledEmail(p: { meeting: MeetingMailData; name: string; placed: boolean }): MailContent {
  const { meeting } = p;
  const { html, text } = renderEmail({
    greeting: greeting(p.name),
    paragraphs: [
      `Tyvärr är ${meeting.title} inställt.`,
      `Mötet skulle ha varit ${whenText(meeting)}.`,
      ...(p.placed ? ['Kalenderfilen i bilagan tar bort mötet ur din kalender.'] : []),
      'Vi skickar en ny inbjudan när det finns ett nytt datum. Vi ber om ursäkt för besväret.',
    ],
  });
  return { subject: `Inställt: ${meeting.title}`, html, text };
}
