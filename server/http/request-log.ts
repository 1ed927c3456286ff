import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { recordRequest } from '../metrics/registry';

/** One log line per request with the route TEMPLATE (e.g. `/svar/:token`), never the raw URL, query string,
 *  client address, user agent or cookies — tokens and respondents stay out of the logs. */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    // randomUUID draws from a buffered pool (randomBytes enters the entropy source on every request): 60 random bits.
    req.requestId = randomUUID().replaceAll('-', '').slice(0, 16);
    res.setHeader('X-Request-Id', req.requestId);
    const start = process.hrtime.bigint();
    res.on('finish', () => {
      const route = req.route?.path ? `${req.baseUrl}${req.route.path}` : '(unmatched)';
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      recordRequest(req.method, route, res.statusCode, ms / 1000);
      logger.info({ requestId: req.requestId, method: req.method, route, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
    });
    next();
  };
}
