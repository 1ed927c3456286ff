import { renderEmail } from '../layout';
import { greeting, type MailContent, type MeetingMailData } from './meeting-text';

/** After the meeting: thanks, and links to the material (a free link and/or lägesbilder). */
export function meetingFollowUpEmail(p: { meeting: Pick<MeetingMailData, 'title'>; name: string; message: string; materialUrl: string | null; lagesbildUrls: string[] }): MailContent {
  const links = [...(p.materialUrl ? [p.materialUrl] : []), ...p.lagesbildUrls];
  const { html, text } = renderEmail({
    greeting: greeting(p.name),
    paragraphs: [
      `Tack för ditt intresse för ${p.meeting.title}.`,
      ...(p.message ? p.message.split(/\n{2,}/) : []),
      ...(links.length > 1 ? ['Materialet från mötet finns här:', ...links] : []),
    ],
    action: links.length === 1 ? { text: 'Läs materialet från mötet', url: links[0]! } : undefined,
  });
  return { subject: `Material från mötet: ${p.meeting.title}`, html, text };
}
