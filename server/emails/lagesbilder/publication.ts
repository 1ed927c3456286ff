import { renderEmail } from '../layout';

export interface PublicationMail {
  title: string; date: string; version: number; changeNote: string | null; ingress: string;
  pageUrl: string; pdfUrl: string; attached: boolean; toName: string | null;
}

/** The cover letter that goes with a published lägesbild to the government, municipalities and panel. */
export function publicationEmail(p: PublicationMail): { subject: string; html: string; text: string } {
  const correction = p.version > 1;
  const { html, text } = renderEmail({
    greeting: p.toName ? `Hej ${p.toName},` : 'Hej,',
    paragraphs: [
      correction
        ? `Vi har rättat lägesbilden ”${p.title}”. Det här är version ${p.version}, som ersätter den tidigare.`
        : `Vi har publicerat en ny lägesbild från Äldreomsorgspanelen: ”${p.title}” (${p.date}).`,
      ...(correction && p.changeNote ? [`Det här är ändrat: ${p.changeNote}`] : []),
      p.ingress,
      p.attached ? 'Lägesbilden finns som PDF i bilagan. Du kan också läsa den på webben.' : 'Du kan läsa lägesbilden på webben och ladda ner den som PDF.',
    ],
    action: { text: 'Läs lägesbilden', url: p.pageUrl },
    after: [`PDF: ${p.pdfUrl}`, 'Svara gärna på det här meddelandet om du har frågor om lägesbilden.'],
  });
  return { subject: `${correction ? 'Rättad lägesbild' : 'Lägesbild'}: ${p.title}`, html, text };
}
