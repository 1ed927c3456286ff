import type { AppDeps } from '../../deps';
import { AreaRouter } from '../../http/area-router';
import { archiveRoutes } from './archive';
import { recipientListRoutes } from './recipient-lists';
import { staffEditorRoutes } from './staff-editor';
import { staffFigureRoutes } from './staff-figures';
import { staffListRoutes } from './staff-list';
import { staffDistributeRoutes } from './staff-distribute';
import { staffPreviewRoutes } from './staff-preview';
import { staffPreviewPdfRoutes } from './staff-preview-pdf';
import { staffPublishRoutes } from './staff-publish';
import { staffShowRoutes } from './staff-show';

/** Staff pages under /lagesbilder (drafts, publishing, sending) and the public archive under /arkiv. */
export function lagesbildRoutes(deps: AppDeps): AreaRouter[] {
  const staffArea = new AreaRouter('/lagesbilder');
  staffListRoutes(staffArea, deps);
  recipientListRoutes(staffArea, deps); // before /:id, which would otherwise take "mottagarlistor"
  staffShowRoutes(staffArea, deps);
  staffPreviewRoutes(staffArea, deps);
  staffPreviewPdfRoutes(staffArea, deps);
  staffPublishRoutes(staffArea, deps);
  staffDistributeRoutes(staffArea, deps);
  staffEditorRoutes(staffArea, deps);
  staffFigureRoutes(staffArea, deps);
  const publicArea = new AreaRouter('');
  archiveRoutes(publicArea, deps);
  return [staffArea, publicArea];
}
