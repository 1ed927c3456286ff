import { runKoladaImports } from '../services/kolada/run-imports';
import type { JobDefinition } from './types';

/** Kolada imports queued by staff: fetched in the background, page by page, with the progress saved as it goes. */
export const KOLADA_JOBS: JobDefinition[] = [
  { name: 'kolada-import', interval: '10s', leaseMs: 30 * 60_000, run: (d) => runKoladaImports(d) },
];
