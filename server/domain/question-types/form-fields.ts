import type { FormFields, Unparsed } from './types';

export const fieldName = (key: string): string => `q_${key}`;
export const otherFieldName = (key: string): string => `q_${key}_other`;
export const matrixFieldName = (key: string, rowKey: string): string => `q_${key}__${rowKey}`;

export function isUnparsed(value: unknown): value is Unparsed {
  return typeof value === 'object' && value !== null && typeof (value as Unparsed).unparsed === 'string';
}

/** Browsers send CRLF from a textarea; count and store LF so maxlength and our limit agree. */
export function normaliseText(raw: string): string {
  return raw.replace(/\r\n?/g, '\n').trim();
}

/** Characters as a person counts them (code points, so an emoji is one). */
// A browser posts a line break as CRLF but counts it as one character against maxlength: so do we.
export const characterCount = (text: string): number => Array.from(text.replace(/\r\n/g, '\n')).length;

/**
 * One value of a field. Empty or blank means "not answered". A repeated field (array) is refused as
 * Unparsed: a single-valued question never posts it, so it is a forged or broken request.
 */
export function readOne(fields: FormFields, name: string): string | Unparsed | undefined {
  const raw = fields[name];
  if (raw === undefined) return undefined;
  if (Array.isArray(raw)) return { unparsed: raw.join(', ') };
  const text = normaliseText(raw);
  return text === '' ? undefined : text;
}

/** All values of a checkbox field, trimmed, blanks dropped, each code once. */
export function readMany(fields: FormFields, name: string): string[] {
  const raw = fields[name];
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return [...new Set(list.map((item) => item.trim()).filter((item) => item !== ''))];
}
