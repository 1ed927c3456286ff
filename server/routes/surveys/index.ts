import type { AppDeps } from '../../deps';
import { AreaRouter } from '../../http/area-router';
import { conditionRoutes } from './conditions';
import { createRoutes } from './create';
import { importRoutes } from './import';
import { listRoutes } from './list';
import { pageRoutes } from './pages';
import { previewRoutes } from './preview';
import { questionRoutes } from './questions';
import { versionRoutes } from './versions';

/** The questionnaire designer: series and surveys, drafts edited without JavaScript, preview, frozen versions. */
export function surveyRoutes(deps: AppDeps): AreaRouter {
  const area = new AreaRouter('/enkater');
  createRoutes(area, deps);
  importRoutes(area, deps);
  listRoutes(area, deps);
  versionRoutes(area, deps);
  pageRoutes(area, deps);
  questionRoutes(area, deps);
  conditionRoutes(area, deps);
  previewRoutes(area, deps);
  return area;
}
