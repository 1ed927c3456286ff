import { renderEmail } from '../layout';
import { CANCEL_HINT, greeting, PERSONAL_LINK, whenText, type MailContent, type MeetingMailData } from './meeting-text';

/** The meeting's time, title or link has changed; `placed` participants get the new .ics with it. */
export function meetingUpdateEmail(p: { meeting: MeetingMailData; name: string; placed: boolean; cancelUrl: string }): MailContent {
  const { meeting } = p;
  const { html, text } = renderEmail({
    greeting: greeting(p.name),
    paragraphs: [
      `Vi har ändrat uppgifterna för ${meeting.title}.`,
      `Ny tid: ${whenText(meeting)}.`,
      ...(p.placed
        ? [`Länk till mötet: ${meeting.meetingUrl}`, 'Kalenderfilen i bilagan ersätter den du fick tidigare.', CANCEL_HINT]
        : ['Du står fortfarande på väntelistan. Vill du inte längre stå kvar? Avanmäl dig här:']),
    ],
    action: { text: p.placed ? 'Avboka min plats' : 'Lämna väntelistan', url: p.cancelUrl },
    after: [PERSONAL_LINK],
  });
  return { subject: `Ändrat möte: ${meeting.title}`, html, text };
}
