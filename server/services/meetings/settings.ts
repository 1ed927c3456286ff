/** Fixed rules for meetings (decided with the product owner; change here, not in code). */
export const MEETING_SETTINGS = {
  /** Personal data of registrations is anonymised this many days after the meeting ends. */
  retentionDays: 90,
  /** The reminder goes out this many calendar days before the start. */
  reminderDaysBefore: 1,
  /** Public registrations per client address (kept only as a keyed hash) per window. */
  registerLimit: 30,
  registerWindowMs: 10 * 60_000,
  /** The cancel link's token lives in a short HttpOnly cookie after the first visit. */
  cancelCookieMs: 30 * 60_000,
} as const;
