import type { SpreadCount } from '../../../db/repositories/panel-spread';
import { percent1, signedPoints } from './numbers';
import { SPREAD_DIMENSIONS, spreadChart, spreadDetails, spreadRows } from './spread';

/** The whole /panel/spridning page: headline, groups to recruit from, and one chart + table per dimension. */
export function spreadPage(countsByDimension: SpreadCount[][], threshold: number) {
  const sections = SPREAD_DIMENSIONS.map((dimension, i) => {
    const rows = spreadRows(dimension.key, countsByDimension[i]!, threshold);
    return { dimension, rows, chart: spreadChart(dimension, rows), details: spreadDetails(dimension, rows, threshold) };
  });
  const first = countsByDimension[0] ?? [];
  const sum = (f: (c: SpreadCount) => number) => first.reduce((s, c) => s + f(c), 0);
  const flagged = (flag: 'over' | 'under') => sections.flatMap((s) => s.rows.filter((r) => r.flag === flag)
    .map((r) => `${s.dimension.group}: ${r.label} (${signedPoints(r.deviation)} procentenheter)`));
  return {
    threshold,
    headline: { panel: sum((c) => c.panel), total: sum((c) => c.total), populationCovered: percent1(sum((c) => c.panelPopulation) / Math.max(1, sum((c) => c.population))) },
    under: flagged('under'), over: flagged('over'),
    sections: sections.map((s) => ({ key: s.dimension.key, title: s.dimension.title, chart: s.chart, details: s.details })),
  };
}
