// Wall-clock parts of an instant in Europe/Stockholm, read with Intl so the
// tz database that ships with Node decides the DST rules (no extra package).
export const STOCKHOLM_TIME_ZONE = 'Europe/Stockholm';

export type WallClock = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
};

const partsFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: STOCKHOLM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  // h23 so midnight is 00, never 24.
  hourCycle: 'h23',
});

export function stockholmWallClock(d: Date): WallClock {
  if (Number.isNaN(d.getTime())) throw new RangeError('Invalid Date');
  const parts: Record<string, number> = {};
  for (const part of partsFormatter.formatToParts(d)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
  };
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

export function wallClockDate(w: WallClock): string {
  return `${w.year}-${pad2(w.month)}-${pad2(w.day)}`;
}

export function wallClockTime(w: WallClock): string {
  return `${pad2(w.hour)}:${pad2(w.minute)}`;
}
