import type { AppDeps } from '../../deps';
import { AreaRouter } from '../../http/area-router';
import { answerLinkRoutes, answerStartRoutes } from './link';
import { answerPageRoutes } from './pages';
import { answerReviewRoutes } from './review';

/** Anonymous answering under /svar. Nothing a respondent sends is cached, and the request log keeps only the
 *  route template (server/http/request-log.ts): no token, address, user agent or Referer. Sessionless: a staff
 *  login in the same browser is never looked up here. */
export function answerRoutes(deps: AppDeps): AreaRouter {
  const area = new AreaRouter('/svar', { sessionless: true });
  area.router.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  answerStartRoutes(area, deps);
  answerPageRoutes(area, deps);
  answerReviewRoutes(area, deps);
  answerLinkRoutes(area, deps);
  return area;
}
