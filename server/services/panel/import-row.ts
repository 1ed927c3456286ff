import type { MunicipalityMatcher } from '../../domain/municipality-match';
import type { ContactRole } from '../../../db/tables/panel';
import { emailField, nameField, phoneField, titleField } from '../../domain/panel/contact-fields';
import type { ImportInputRow } from './import-read';

export const ROLE_LABEL: Record<ContactRole, string> = { primary: 'ordinarie kontaktperson', deputy: 'ersättare' };

const ROLE_WORDS: Record<string, ContactRole> = {
  '': 'primary', ordinarie: 'primary', primär: 'primary', primar: 'primary', huvudkontakt: 'primary', kontaktperson: 'primary', primary: 'primary',
  ersättare: 'deputy', ersattare: 'deputy', biträdande: 'deputy', bitradande: 'deputy', suppleant: 'deputy', deputy: 'deputy',
};

export interface ParsedRow {
  kommunkod: string; role: ContactRole;
  /** name null = the file left it empty (keep what is stored). */
  name: string | null; title: string | null; email: string; phone: string | null;
}

/** Checks one row on its own (municipality, role, e-mail, lengths); the register is not consulted here. */
export function parseImportRow(input: ImportInputRow, matcher: MunicipalityMatcher): { ok: true; row: ParsedRow; notices: string[] } | { ok: false; reasons: string[] } {
  const reasons: string[] = [];
  const notices: string[] = [];
  const place = matcher.resolve({ code: input.code, name: input.kommun });
  if (!place.ok) reasons.push(place.message);
  else if (place.notice) notices.push(place.notice);
  const role = ROLE_WORDS[input.role.toLocaleLowerCase('sv-SE').trim()];
  if (!role) reasons.push(`Okänd roll ”${input.role}”. Skriv ordinarie eller ersättare.`);
  const email = emailField.safeParse(input.email);
  if (!email.success) reasons.push(input.email.trim() === '' ? 'E-postadress saknas.' : `Ogiltig e-postadress ”${input.email}”.`);
  const name = input.name.trim() === '' ? null : nameField.safeParse(input.name);
  const title = titleField.safeParse(input.title);
  const phone = phoneField.safeParse(input.phone);
  for (const field of [name, title, phone]) {
    if (field && !field.success) reasons.push(`${field.error.issues[0]!.message}.`);
  }
  if (reasons.length > 0 || !place.ok || !role || !email.success) return { ok: false, reasons };
  return {
    ok: true,
    notices,
    row: {
      kommunkod: place.kommunkod, role, email: email.data,
      name: name && name.success ? name.data : null,
      title: title.success ? title.data : null,
      phone: phone.success ? phone.data : null,
    },
  };
}
