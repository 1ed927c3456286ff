import type { AppDeps } from '../../deps';
import { AreaRouter } from '../../http/area-router';
import { exportRoutes } from './exports';
import { freeTextRoutes } from './free-texts';
import { koladaRoutes } from './kolada';
import { registerRoutes } from './register';
import { registerCompareRoutes } from './register-compare';
import { waveRoutes } from './waves';

/** Results and analysis: wave results with disclosure control, comparisons, register data, free-text review, exports. */
export function resultRoutes(deps: AppDeps): AreaRouter {
  const area = new AreaRouter('/resultat');
  waveRoutes(area, deps);
  exportRoutes(area, deps);
  freeTextRoutes(area, deps);
  koladaRoutes(area, deps);
  registerRoutes(area, deps);
  registerCompareRoutes(area, deps);
  return area;
}
