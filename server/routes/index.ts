import type { AppDeps } from '../deps';
import type { AreaRouter } from '../http/area-router';
import { accountRoutes } from './account';
import { adminRoutes } from './admin';
import { answerRoutes } from './answer';
import { authRoutes } from './auth';
import { lagesbildRoutes } from './lagesbilder';
import { meetingRoutes } from './meetings';
import { panelRoutes } from './panel';
import { publicRoutes } from './public';
import { resultRoutes } from './results';
import { surveyRoutes } from './surveys';
import { waveRoutes } from './waves';

/** Every area of the app; an area may return several routers (e.g. staff pages and public pages). */
export function buildAreas(deps: AppDeps): AreaRouter[] {
  return ([] as AreaRouter[]).concat(
    publicRoutes(deps), authRoutes(deps), accountRoutes(deps), adminRoutes(deps), panelRoutes(deps), surveyRoutes(deps),
    waveRoutes(deps), answerRoutes(deps), resultRoutes(deps), lagesbildRoutes(deps), meetingRoutes(deps),
  );
}
