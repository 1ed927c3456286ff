import { closeDueWaves } from '../services/waves/close-waves';
import { openDueWaves } from '../services/waves/open-waves';
import { releaseBallots } from '../services/waves/release-ballots';
import { sendDueReminders } from '../services/waves/send-reminders';
import type { JobDefinition } from './types';

/** Jobs of the waves area. Each is leased by the runtime and idempotent: a second run, or a run on another
 *  instance, finds nothing left to do (conditional status changes, unique outbox keys, DELETE … RETURNING). */
export const WAVE_JOBS: JobDefinition[] = [
  { name: 'wave-open', interval: '1m', leaseMs: 5 * 60_000, run: openDueWaves },
  { name: 'wave-reminders', interval: '5m', leaseMs: 10 * 60_000, run: sendDueReminders },
  { name: 'wave-close', interval: '1m', leaseMs: 5 * 60_000, run: closeDueWaves },
  { name: 'ballot-release', interval: '1m', leaseMs: 5 * 60_000, run: releaseBallots },
];
