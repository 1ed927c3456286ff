import type { AppDeps } from '../deps';

export interface JobDefinition {
  name: string;
  /** How often it runs, e.g. '10s', '5m', '6h'. */
  interval: string;
  /** While runs find nothing to do, the wait doubles up to this (default: no back-off). */
  idleMax?: string;
  /** Lease length: longer than one run can take. */
  leaseMs: number;
  run(deps: AppDeps): Promise<unknown>;
}
