import { formatDateTime } from '../../domain/time';
import { renderEmail } from '../layout';
import { whenText, type MailContent, type MeetingMailData } from './meeting-text';

/** Invitation to a meeting, with the public registration link (no meeting link: that comes after registering). */
export function meetingInvitationEmail(p: { meeting: MeetingMailData; deadline: Date; registrationUrl: string; name?: string | null }): MailContent {
  const { html, text } = renderEmail({
    greeting: p.name ? `Hej ${p.name},` : 'Hej,',
    paragraphs: [
      `Välkommen till ${p.meeting.title}.`,
      `Tid: ${whenText(p.meeting)}. Mötet är digitalt.`,
      p.meeting.description,
      `Anmäl dig senast ${formatDateTime(p.deadline)}. Du behöver inget konto. När du har anmält dig får du en bekräftelse med länken till mötet och en kalenderfil.`,
    ],
    action: { text: 'Anmäl dig till mötet', url: p.registrationUrl },
  });
  return { subject: `Inbjudan: ${p.meeting.title}`, html, text };
}
