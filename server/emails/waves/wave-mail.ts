import { formatDateTime } from '../../domain/time';
import { renderEmail } from '../layout';

export interface WaveMailInput {
  kind: 'invitation' | 'reminder';
  name: string;
  surveyTitle: string;
  /** The staff-written text; paragraphs separated by blank lines. */
  body: string;
  subject: string;
  closesAt: Date;
  answerUrl: string;
  unsubscribeUrl: string;
}

/** Invitation and reminder: the same layout with the personal link. There is no receipt after answering —
 *  a receipt would tie a person to the moment of a submission. */
export function waveEmail(p: WaveMailInput): { subject: string; html: string; text: string } {
  const paragraphs = p.body.split(/\n\s*\n/).map((t) => t.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
  const { html, text } = renderEmail({
    greeting: `Hej ${p.name},`,
    paragraphs: [...paragraphs, `Enkäten heter ”${p.surveyTitle}” och är öppen till ${formatDateTime(p.closesAt)}.`],
    action: { text: p.kind === 'invitation' ? 'Svara på enkäten' : 'Fortsätt till enkäten', url: p.answerUrl },
    after: [
      'Länken är personlig. Vidarebefordra inte det här meddelandet. Du kan spara och fortsätta senare med samma länk.',
      'Svaren är anonyma: de sparas utan koppling till dig, din kommun eller tidpunkten. Därför får du ingen kvittens när du har svarat.',
    ],
    unsubscribeUrl: p.unsubscribeUrl,
  });
  return { subject: p.subject, html, text };
}
