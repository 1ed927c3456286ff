import { readDateFields, readTimeFields } from './parse-input';
import { stockholmWallClock, type WallClock } from './stockholm-parts';

// Stockholm is UTC+1 (CET) in winter and UTC+2 (CEST) in summer.
const CANDIDATE_OFFSETS_MINUTES = [120, 60];
const MINUTE_MS = 60_000;

function sameWallClock(a: WallClock, b: WallClock): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day
    && a.hour === b.hour && a.minute === b.minute;
}

/**
 * Stockholm wall-clock time → UTC instant. DST edge cases follow the
 * "compatible" rule of Temporal and RFC 5545:
 * - autumn overlap (2026-10-25 02:30 happens twice): the earlier instant,
 *   i.e. the summer-time reading (00:30Z);
 * - spring gap (2026-03-29 02:30 never happens): read with the offset in force
 *   before the change, which lands one hour later on the clock (03:30 CEST = 01:30Z).
 */
export function wallClockToUtc(wall: WallClock): Date {
  const asIfUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  for (const offset of CANDIDATE_OFFSETS_MINUTES) {
    const candidate = new Date(asIfUtc - offset * MINUTE_MS);
    if (sameWallClock(stockholmWallClock(candidate), wall)) return candidate;
  }
  // Only the spring gap reaches this point; winter offset = the one before the change.
  return new Date(asIfUtc - 60 * MINUTE_MS);
}

/** ('2026-06-12', '10:00') → 2026-06-12T08:00:00Z. Throws RangeError on invalid input. */
export function stockholmLocalToUtc(date: string, time: string): Date {
  const d = readDateFields(date);
  const t = readTimeFields(time);
  if (!d || !t) throw new RangeError(`Invalid Stockholm date/time: ${date} ${time}`);
  return wallClockToUtc({ ...d, ...t });
}
