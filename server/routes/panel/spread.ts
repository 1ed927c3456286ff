import type { AppDeps } from '../../deps';
import type { AreaRouter } from '../../http/area-router';
import { renderPage } from '../../http/render';
import { countSpread } from '../../../db/repositories/panel-spread';
import { parseThreshold } from '../../inputs/panel/filters';
import { spreadPage } from '../../presenters/panel/spread-page';
import { READ } from './access';

export function spreadRoutes(area: AreaRouter, deps: AppDeps): void {
  area.get('/spridning', READ, async (req, res) => {
    const threshold = parseThreshold(req.query.troskel);
    const counts = await Promise.all(['landsdel', 'huvudgrupp', 'kommungrupp', 'lan', 'storleksklass'].map(
      (d) => countSpread(deps.db, d as Parameters<typeof countSpread>[1])));
    const page = spreadPage(counts, threshold.value);
    const errors = threshold.error ? { troskel: threshold.error } : {};
    renderPage(res, 'panel/spread', {
      title: 'Spridning', charts: true, ...page, errors,
      errorSummary: threshold.error ? [{ href: '#f-troskel', text: threshold.error }] : [],
      values: { troskel: typeof req.query.troskel === 'string' ? req.query.troskel : String(threshold.value).replace('.', ',') },
    });
  });
}
