import { z } from 'zod';

/**
 * Values saved through a form end up in libraries later (ics, pdfkit, nodemailer headers, chart
 * labels); what those refuse must be refused here, at the form, with a Swedish message.
 */

/** C0 controls except tab and line breaks, DEL and the C1 controls. */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
export const CONTROL_MESSAGE = 'Texten innehåller osynliga styrtecken (till exempel från en kopierad text). Skriv in den igen utan dem.';

/** The first field of a form body whose text holds a control character (nested arrays and objects too). */
export function fieldWithControlCharacters(body: unknown, prefix = ''): string | null {
  if (typeof body === 'string') return CONTROL_CHARACTERS.test(body) ? prefix || '_form' : null;
  if (!body || typeof body !== 'object') return null;
  for (const [key, value] of Object.entries(body)) {
    const name = Array.isArray(body) ? prefix : prefix ? `${prefix}.${key}` : key;
    const found = fieldWithControlCharacters(value, name);
    if (found) return found;
  }
  return null;
}

// A DNS host name in lower case (what `new URL` gives), at least two labels.
const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;
export const MAX_URL_LENGTH = 1000;

/** An https link as `new URL` reads it, stored in its normalised form (spaces, quotes, åäö percent-encoded). */
export function httpsUrl(value: string): string | null {
  if (value.length > MAX_URL_LENGTH || CONTROL_CHARACTERS.test(value) || /\s/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password || !HOST.test(url.hostname)) return null;
  return url.href.length <= MAX_URL_LENGTH && /^[\x21-\x7e]+$/.test(url.href) ? url.href : null;
}

/** An optional https link field ('' when left empty). */
export function httpsUrlField(message: string) {
  return z.string().trim().max(MAX_URL_LENGTH, 'Länken är för lång')
    .transform((v, ctx) => {
      if (v === '') return '';
      return httpsUrl(v) ?? (ctx.addIssue({ code: 'custom', message }), z.NEVER);
    });
}
