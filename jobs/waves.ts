import type { JobDefinition } from './types';

/** Jobs of this area; filled in by the issue that builds it. Each is leased and idempotent. */
export const WAVE_JOBS: JobDefinition[] = [];
