import path from 'node:path';
import express, { type Express } from 'express';
import { sessionMiddleware } from './auth/session-middleware';
import type { AppDeps } from './deps';
import { parseBody } from './http/body';
import { parseCookies } from './http/cookies';
import { csrfProtection } from './http/csrf';
import { errorHandler, notFoundHandler } from './http/error-handler';
import { flashMiddleware } from './http/flash';
import { staffLocals, viewLocals } from './http/view-locals';
import { requestLog } from './http/request-log';
import { securityHeaders } from './http/security-headers';
import type { RouteInfo } from './http/area-router';
import { buildAreas } from './routes';
import { opsRoutes } from './routes/ops';
import { partialRenderer } from './http/partials';
import { projectRoot as root } from './paths';

export interface App extends Express {
  locals: Express['locals'] & { routes: RouteInfo[] };
}

/** Middleware and routers, nothing else. Everything stateful comes in through `deps`. */
export function createApp(deps: AppDeps): App {
  const app = express() as App;
  app.disable('x-powered-by');
  app.set('trust proxy', deps.config.trustProxy);
  app.set('view engine', 'ejs');
  const views = path.join(root, 'views');
  app.set('views', views);
  // Includes name their partial from the views folder (`include('/components/csrf')`), so ejs resolves them
  // without asking the file system on every render (a relative include costs an existsSync each time).
  app.set('view options', { root: views });
  // Compiled templates are cached except in development (where an edited view shows on the next request).
  const viewCache = deps.config.env !== 'development';
  if (viewCache) app.set('view cache', true);
  app.locals.partial = partialRenderer(views, viewCache);

  // Probes and scrapes first: no session, no request log line every few seconds.
  const ops = opsRoutes(deps);
  app.use(ops.router);
  app.use(requestLog(deps.logger));
  app.use(viewLocals(deps));
  app.use(securityHeaders(deps.config));
  const areas = buildAreas(deps);
  const csrf = csrfProtection(deps.config);
  // The respondent path is anonymous: it needs cookies, the form body and CSRF, but never a staff session, a
  // flash message or the static files, so it is mounted before them and skips their work on every request.
  // A request it does not answer goes on down the ordinary chain (to the 404 page).
  for (const area of areas.filter((a) => a.options.sessionless)) app.use(area.mount, parseCookies, parseBody, csrf, area.router);
  app.use('/static', express.static(path.join(root, 'public'), { maxAge: deps.config.env === 'production' ? '1d' : 0 }));
  app.use('/static/vendor/chart.js', express.static(path.join(root, 'node_modules/chart.js/dist'), { maxAge: '1d' }));
  app.use(parseCookies);
  app.use(sessionMiddleware(deps));
  app.use(staffLocals);
  app.use(parseBody);
  app.use(csrf);
  app.use(flashMiddleware(deps.config));

  for (const area of areas.filter((a) => !a.options.sessionless)) app.use(area.mount || '/', area.router);
  app.locals.routes = [ops, ...areas].flatMap((a) => a.routes);

  app.use(notFoundHandler);
  app.use(errorHandler(deps.logger));
  return app;
}
