import type { AppDeps } from '../../deps';
import { staff } from '../../http/access';
import { AreaRouter } from '../../http/area-router';
import { renderPage } from '../../http/render';
import { listLeases } from '../../../db/repositories/job-leases';
import { auditRoutes } from './audit';
import { mailViewerRoutes } from './mail-viewer';
import { staffUserRoutes } from './users';

export function adminRoutes(deps: AppDeps): AreaRouter {
  const area = new AreaRouter('/admin');
  area.get('/', staff('admin'), (_req, res) => renderPage(res, 'admin/index', { title: 'Administration', mailViewer: !deps.config.smtpUrl }));
  area.get('/jobb', staff('admin'), async (_req, res) => {
    renderPage(res, 'admin/jobs', { title: 'Bakgrundsjobb', leases: await listLeases(deps.db) });
  });
  staffUserRoutes(area, deps);
  mailViewerRoutes(area, deps);
  auditRoutes(area, deps);
  return area;
}
