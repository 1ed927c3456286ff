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
  app.set('views', path.join(root, 'views'));
  // Compiled templates are cached except in development (where an edited view shows on the next request).
  if (deps.config.env !== 'development') app.set('view cache', true);

  // Probes and scrapes first: no session, no request log line every few seconds.
  const ops = opsRoutes(deps);
  app.use(ops.router);
  app.use(requestLog(deps.logger));
  app.use(viewLocals(deps));
  app.use(securityHeaders(deps.config));
  app.use('/static', express.static(path.join(root, 'public'), { maxAge: deps.config.env === 'production' ? '1d' : 0 }));
  app.use('/static/vendor/chart.js', express.static(path.join(root, 'node_modules/chart.js/dist'), { maxAge: '1d' }));
  app.use(parseCookies);
  app.use(sessionMiddleware(deps));
  app.use(staffLocals);
  app.use(parseBody);
  app.use(csrfProtection(deps.config));
  app.use(flashMiddleware(deps.config));

  const areas = buildAreas(deps);
  for (const area of areas) app.use(area.mount || '/', area.router);
  app.locals.routes = [ops, ...areas].flatMap((a) => a.routes);

  app.use(notFoundHandler);
  app.use(errorHandler(deps.logger));
  return app;
}
