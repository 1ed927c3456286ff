import { checkpointWal, cleanupExpiredSessions, purgeOldMailBodies } from '../services/maintenance';
import { drainOutbox } from '../services/drain-outbox';
import { KOLADA_JOBS } from './kolada';
import { MEETING_JOBS } from './meetings';
import type { JobDefinition } from './types';
import { WAVE_JOBS } from './waves';

export type { JobDefinition } from './types';

/** The job table. Each job takes a lease before it runs and is idempotent (see ARCHITECTURE.md). */
export const JOBS: JobDefinition[] = [
  { name: 'outbox-drain', interval: '10s', idleMax: '1m', leaseMs: 120_000, run: (d) => drainOutbox(d, { deadlineMs: 60_000 }) },
  { name: 'session-cleanup', interval: '10m', leaseMs: 60_000, run: cleanupExpiredSessions },
  { name: 'wal-checkpoint', interval: '5m', leaseMs: 60_000, run: checkpointWal },
  { name: 'mail-retention', interval: '6h', leaseMs: 300_000, run: purgeOldMailBodies },
  ...WAVE_JOBS,
  ...MEETING_JOBS,
  ...KOLADA_JOBS,
];

export function findJob(name: string): JobDefinition {
  const job = JOBS.find((j) => j.name === name);
  if (!job) throw new Error(`Unknown job ${name}`);
  return job;
}
