import type { AppDeps } from '../../deps';
import { AreaRouter } from '../../http/area-router';

/** Routes of this area; filled in by the issue that builds it. */
export function waveRoutes(_deps: AppDeps): AreaRouter {
  return new AreaRouter('/utskick');
}
