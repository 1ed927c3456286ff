import { pad2 } from './stockholm-parts';

// Lenient readers for what people type in date and time fields. They return the
// canonical form ('2026-06-12', '09:05') or null, never a half-valid value.

const DATE_PATTERN = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
// Swedish writing often uses a dot ("kl. 10.00"), so accept both separators.
const TIME_PATTERN = /^(\d{1,2})[:.](\d{2})$/;

export type DateFields = { year: number; month: number; day: number };
export type TimeFields = { hour: number; minute: number };

export function readDateFields(input: string): DateFields | null {
  const match = DATE_PATTERN.exec(input.trim());
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  if (month < 1 || month > 12 || day < 1) return null;
  // Date.UTC rolls 2026-02-30 over to March; a round trip catches that.
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { year, month, day };
}

export function readTimeFields(input: string): TimeFields | null {
  const match = TIME_PATTERN.exec(input.trim());
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  if (hour > 23 || minute > 59) return null;
  return { hour, minute };
}

/** '2026-6-1' → '2026-06-01'; '2026-02-30' → null. */
export function parseDateInput(input: string): string | null {
  const f = readDateFields(input);
  return f ? `${f.year}-${pad2(f.month)}-${pad2(f.day)}` : null;
}

/** '9:05' or '09.05' → '09:05'; '25:00' and '24:00' → null. */
export function parseTimeInput(input: string): string | null {
  const f = readTimeFields(input);
  return f ? `${pad2(f.hour)}:${pad2(f.minute)}` : null;
}
