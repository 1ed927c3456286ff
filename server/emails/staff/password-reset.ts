import { renderEmail } from '../layout';

/** The one-time link an administrator sends a staff user to choose a new password. */
export function passwordResetEmail(p: { name: string; url: string; validHours: number }): { subject: string; html: string; text: string } {
  const { html, text } = renderEmail({
    greeting: `Hej ${p.name},`,
    paragraphs: [
      'En administratör har begärt att du väljer ett nytt lösenord till Äldreomsorgspanelen. Ditt tidigare lösenord fungerar inte längre.',
      `Länken nedan fungerar en gång och i ${p.validHours} timmar.`,
    ],
    action: { text: 'Välj nytt lösenord', url: p.url },
    after: ['Länken är personlig. Vidarebefordra inte e-postmeddelandet. Har du inte väntat dig det här? Kontakta en administratör.'],
  });
  return { subject: 'Välj ett nytt lösenord till Äldreomsorgspanelen', html, text };
}
