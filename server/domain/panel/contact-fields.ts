// The fields of a contact person, shared by the panel forms (server/inputs) and the panel file import.
import { z } from 'zod';

/** "  <Anna.Berg@Kommun.SE> " or "mailto:anna.berg@kommun.se" → "anna.berg@kommun.se". */
export function normaliseEmail(raw: string): string {
  let text = raw.normalize('NFC').trim().replace(/^mailto:/i, '');
  const bracketed = /<([^<>]+)>\s*$/.exec(text);
  if (bracketed) text = bracketed[1]!;
  return text.trim().toLowerCase();
}

/** A form or file field as text; a missing field is empty, so its own "Ange …" message shows. */
export const text = (message = 'Fältet ska vara text') => z.preprocess((v) => v ?? '', z.string({ error: message }));

const EMAIL_FORMAT = 'Ange en e-postadress i rätt format, till exempel fornamn.efternamn@kommun.se';

export const emailField = text().transform(normaliseEmail)
  .pipe(z.string().min(1, 'Ange e-postadress').max(254, 'E-postadressen är för lång').pipe(z.email(EMAIL_FORMAT)));

const collapse = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

export const nameField = text().transform(collapse)
  .pipe(z.string().min(1, 'Ange namn').max(120, 'Namnet får vara högst 120 tecken'));

/** Optional text: empty becomes null. */
export const titleField = text().transform(collapse)
  .pipe(z.string().max(120, 'Titeln får vara högst 120 tecken')).transform((s) => s || null);

export const phoneField = text().transform(collapse)
  .pipe(z.string().max(40, 'Telefonnumret får vara högst 40 tecken')
    .regex(/^[0-9+()\-\s]*$/, 'Telefonnumret får bara innehålla siffror, mellanslag, bindestreck, parenteser och +'))
  .transform((s) => s || null);
