import type { Request, RequestHandler } from 'express';
import { oldestUnsentCreatedAt, outboxCountsByStatus, pingDatabase } from '../../../db/repositories/ops';
import type { AppDeps } from '../../deps';
import { PUBLIC } from '../../http/access';
import { AreaRouter } from '../../http/area-router';
import { metrics, outboxMessages, outboxOldestQueuedSeconds } from '../../metrics/registry';

const OUTBOX_STATUSES = ['queued', 'sending', 'sent', 'failed', 'cancelled'];

/** The client address as express sees it (after TRUST_PROXY), without the IPv4-mapped prefix. */
function clientAddress(req: Request): string {
  return (req.ip ?? '').replace(/^::ffff:/, '');
}

/** Operations: /healthz (liveness: the process answers), /readyz (readiness: the database answers) and
 *  /metrics (Prometheus text), the last only for the addresses in METRICS_ALLOW. */
export function opsRoutes(deps: AppDeps): AreaRouter {
  const area = new AreaRouter('');
  const noStore: RequestHandler = (_req, res, next) => { res.setHeader('Cache-Control', 'no-store'); next(); };

  area.get('/healthz', PUBLIC, noStore, (_req, res) => { res.json({ status: 'ok' }); });

  area.get('/readyz', PUBLIC, noStore, async (_req, res) => {
    try {
      await pingDatabase(deps.db);
      res.json({ status: 'ok', database: { status: 'ok', dialect: deps.dialect } });
    } catch {
      res.status(503).json({ status: 'error', database: { status: 'unreachable', dialect: deps.dialect } });
    }
  });

  // Anyone else falls through to the app's own 404 page: the endpoint looks like any missing page.
  area.get('/metrics', PUBLIC, (req, _res, next) => (deps.config.metricsAllow.includes(clientAddress(req)) ? next() : next('router')), noStore, async (_req, res) => {
    const counts = new Map((await outboxCountsByStatus(deps.db)).map((r) => [r.status, Number(r.n)]));
    for (const status of OUTBOX_STATUSES) outboxMessages.set({ status }, counts.get(status) ?? 0);
    const oldest = await oldestUnsentCreatedAt(deps.db);
    outboxOldestQueuedSeconds.set(oldest ? Math.max(0, (deps.clock.now().getTime() - Date.parse(oldest)) / 1000) : 0);
    res.type(metrics.contentType).send(await metrics.metrics());
  });

  return area;
}
