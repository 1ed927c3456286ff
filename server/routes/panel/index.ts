import type { AppDeps } from '../../deps';
import { AreaRouter } from '../../http/area-router';
import { contactRoutes } from './contacts';
import { exportRoutes } from './export';
import { gdprRoutes } from './gdpr';
import { importRoutes } from './import';
import { membershipRoutes } from './membership';
import { municipalityRoutes } from './municipalities';
import { spreadRoutes } from './spread';
import { startRoutes } from './start';

/** The panel register: municipalities, membership, contacts, spread, import and export. */
export function panelRoutes(deps: AppDeps): AreaRouter {
  const area = new AreaRouter('/panel');
  startRoutes(area, deps);
  municipalityRoutes(area, deps);
  membershipRoutes(area, deps);
  contactRoutes(area, deps);
  gdprRoutes(area, deps);
  spreadRoutes(area, deps);
  importRoutes(area, deps);
  exportRoutes(area, deps);
  return area;
}
