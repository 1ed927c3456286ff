import type { AppDeps } from '../server/deps';

export interface JobDefinition {
  name: string;
  /** bree interval, e.g. '10s', '5m'. */
  interval: string;
  /** Lease length: longer than one run can take. */
  leaseMs: number;
  run(deps: AppDeps): Promise<unknown>;
}
