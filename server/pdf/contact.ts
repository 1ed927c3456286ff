import type { Contact } from '../domain/lagesbild';
import { FONT } from './fonts';
import { addHeading } from './heading';
import type { PdfDoc } from './pdf-types';
import type { StructParent } from './structure';
import { addRunsAs, addText } from './text';

export function addContact(doc: PdfDoc, parent: StructParent, contact: Contact): void {
  addHeading(doc, parent, 2, 'Kontakt');
  addText(doc, parent, 'P', contact.name, { font: FONT.bold });
  addRunsAs(doc, parent, 'P', [
    { text: 'E-post: ', bold: false, italic: false },
    { text: contact.email, bold: false, italic: false, href: `mailto:${contact.email}` },
  ]);
  if (contact.phone) addText(doc, parent, 'P', `Telefon: ${contact.phone}`);
}
