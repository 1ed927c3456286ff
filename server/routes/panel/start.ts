import type { AppDeps } from '../../deps';
import type { AreaRouter } from '../../http/area-router';
import { renderPage } from '../../http/render';
import { countMunicipalities } from '../../../db/repositories/municipalities';
import { countMembersByStatus, listMembersNeedingAttention } from '../../../db/repositories/panel';
import { attentionRows } from '../../presenters/panel/attention';
import { canEdit, READ } from './access';

export function startRoutes(area: AreaRouter, deps: AppDeps): void {
  area.get('/', READ, async (req, res) => {
    const counts = await countMembersByStatus(deps.db);
    const total = await countMunicipalities(deps.db);
    const attention = attentionRows(await listMembersNeedingAttention(deps.db));
    renderPage(res, 'panel/index', {
      title: 'Panelen', canEdit: canEdit(req),
      stats: [
        { value: counts.active, label: 'aktiva kommuner' },
        { value: counts.paused, label: 'pausade' },
        { value: counts.left, label: 'har lämnat' },
        { value: total - counts.active - counts.paused, label: 'kommuner utanför panelen' },
      ],
      attention: attention.slice(0, 10), attentionCount: attention.length,
    });
  });

  area.get('/atgarder', READ, async (_req, res) => {
    renderPage(res, 'panel/attention', { title: 'Behöver åtgärdas', rows: attentionRows(await listMembersNeedingAttention(deps.db)) });
  });
}
