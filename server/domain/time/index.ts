// Dates and times as people in Sweden read them: Europe/Stockholm, sv-SE
// conventions ("2026-06-12", "2026-06-12 kl. 10:00").
import { stockholmLocalToUtc, wallClockToUtc } from './local-to-utc';
import { stockholmWallClock, wallClockDate, wallClockTime } from './stockholm-parts';

export { STOCKHOLM_TIME_ZONE } from './stockholm-parts';
export { parseDateInput, parseTimeInput } from './parse-input';
export { stockholmLocalToUtc };

/** "2026-06-12" — the calendar date in Stockholm. */
export function formatDate(d: Date): string {
  return wallClockDate(stockholmWallClock(d));
}

/** "10:00" — 24-hour clock time in Stockholm. */
export function formatTime(d: Date): string {
  return wallClockTime(stockholmWallClock(d));
}

/** "2026-06-12 kl. 10:00" */
export function formatDateTime(d: Date): string {
  const wall = stockholmWallClock(d);
  return `${wallClockDate(wall)} kl. ${wallClockTime(wall)}`;
}

/**
 * Moves by whole calendar days in Stockholm, keeping the wall-clock time, so a
 * reminder "two days before 10:00" is at 10:00 even across a DST change (the
 * elapsed time is then 47 or 49 hours). Gap/overlap rule: see stockholmLocalToUtc.
 */
export function addDays(d: Date, days: number): Date {
  if (!Number.isInteger(days)) throw new RangeError(`addDays needs whole days, got ${days}`);
  const wall = stockholmWallClock(d);
  // The wall clock has minute precision; carry seconds and milliseconds over as they are.
  const belowMinuteMs = ((d.getTime() % 60_000) + 60_000) % 60_000;
  // Date.UTC normalises day overflow (e.g. 31 + 1) into the next month.
  const shifted = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + days));
  const moved = wallClockToUtc({
    ...wall,
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  });
  return new Date(moved.getTime() + belowMinuteMs);
}

/** Midnight (00:00) in Stockholm of the day that contains d. */
export function startOfStockholmDay(d: Date): Date {
  return stockholmLocalToUtc(formatDate(d), '00:00');
}
