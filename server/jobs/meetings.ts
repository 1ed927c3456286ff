import { anonymiseExpiredRegistrations } from '../services/meetings/retention';
import { sendMeetingReminders } from '../services/meetings/reminders';
import type { JobDefinition } from './types';

/** Jobs of the meetings area. Each is leased by the runtime and idempotent. */
export const MEETING_JOBS: JobDefinition[] = [
  { name: 'meeting-reminders', interval: '10m', leaseMs: 5 * 60_000, run: sendMeetingReminders },
  { name: 'meeting-retention', interval: '1h', leaseMs: 5 * 60_000, run: anonymiseExpiredRegistrations },
];
