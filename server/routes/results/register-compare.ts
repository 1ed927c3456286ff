import type { Request } from 'express';
import type { AppDeps } from '../../deps';
import { toLineChartConfig } from '../../domain/charts/line-chart-config';
import { CSV_CONTENT_TYPE, safeFilename, toCsv } from '../../export';
import type { AreaRouter } from '../../http/area-router';
import { notFound } from '../../http/errors';
import { renderPage } from '../../http/render';
import { findIndicator } from '../../../db/repositories/register-indicators';
import { REGISTER_UNITS } from '../../inputs/results/register-import';
import { columnSeriesChart, exportCell, toTableSpec } from '../../domain/results';
import { chartView } from '../../presenters/results/chart-view';
import { comparisonRows, comparisonSeries, rssRows } from '../../presenters/results/register-compare';
import { registerComparison } from '../../services/results/register-compare';
import { RESULTS, idParam } from './access';

const unitOf = (unit: string) => (unit === 'percent' || unit === 'count' ? unit : 'number');

/** The indicator page: one kommun beside its län, RSS region, riket and a kommungrupp, per year; chart, table, CSV. */
export function registerCompareRoutes(area: AreaRouter, deps: AppDeps): void {
  async function load(req: Request) {
    const ind = await findIndicator(deps.db, idParam(req));
    if (!ind) throw notFound();
    const c = await registerComparison(deps.db, ind, { kommun: String(req.query.kommun ?? ''), grupp: String(req.query.grupp ?? '') });
    return { ind, c, rows: comparisonRows(c, ind) };
  }

  area.get('/register/:id/jamfor', RESULTS, async (req, res) => {
    const { ind, c, rows } = await load(req);
    const title = `${ind.name}: ${c.kommun.name} jämfört med län, riket och kommungrupp`;
    const table = toTableSpec(rows);
    const regions = rssRows(c, ind);
    const unit = unitOf(ind.unit);
    renderPage(res, 'results/register-compare', {
      title, charts: c.years.length > 0, indicator: ind, c, unitLabel: REGISTER_UNITS[ind.unit as keyof typeof REGISTER_UNITS] ?? ind.unit,
      csvHref: `/resultat/register/${ind.id}/jamfor.csv?kommun=${c.kommun.kommunkod}&grupp=${c.grupp.code}`,
      rss: regions && chartView('register-rss', `${ind.name} per RSS-region, ${c.rss!.year}`, columnSeriesChart(regions, { dropLastRow: false, dropLastColumn: true, unit }), toTableSpec(regions)),
      chart: { id: 'register-jamfor', title, config: toLineChartConfig({ ...comparisonSeries(c), unit }), table: { caption: title, ...table } },
    });
  });

  area.get('/register/:id/jamfor.csv', RESULTS, async (req, res) => {
    const { ind, c, rows } = await load(req);
    res.setHeader('Content-Type', CSV_CONTENT_TYPE);
    res.setHeader('Content-Disposition', `attachment; filename="${safeFilename(`${ind.name}-${c.kommun.name}`, 'csv')}"`);
    res.send(toCsv(rows.columns, rows.rows.map((r) => r.map(exportCell)), { footnotes: rows.footnotes }));
  });
}
