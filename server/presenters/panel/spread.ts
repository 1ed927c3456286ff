import { toChartJsConfig } from '../../domain/charts';
import type { SpreadCount, SpreadDimension } from '../../../db/repositories/panel-spread';
import { HUVUDGRUPPER, KOMMUNGRUPPER, KOMMUNGRUPP_CODES, LANDSDELAR, POPULATION_CLASSES } from '../../domain/municipalities';
import { signedPoints, percent1 } from './numbers';

export const SPREAD_DIMENSIONS: { key: SpreadDimension; title: string; group: string }[] = [
  { key: 'landsdel', title: 'Landsdel', group: 'Landsdel' },
  { key: 'huvudgrupp', title: 'Kommungrupp, huvudgrupp (A, B, C)', group: 'Huvudgrupp' },
  { key: 'kommungrupp', title: 'Kommungrupp (nio grupper)', group: 'Kommungrupp' },
  { key: 'lan', title: 'Län', group: 'Län' },
  { key: 'storleksklass', title: 'Folkmängd', group: 'Folkmängd' },
];

/** Group order and labels from the reference data, so every table lists groups the same way. */
function ordered(dimension: SpreadDimension, counts: SpreadCount[]): { label: string; short?: string; c: SpreadCount }[] {
  const by = new Map(counts.map((c) => [c.group, c]));
  const pick = (keys: readonly string[], label: (k: string) => string, short?: boolean) =>
    keys.filter((k) => by.has(k)).map((k) => ({ label: label(k), short: short ? k : undefined, c: by.get(k)! }));
  switch (dimension) {
    case 'landsdel': return pick(LANDSDELAR, (k) => k);
    case 'huvudgrupp': return pick(Object.keys(HUVUDGRUPPER), (k) => `${k}. ${HUVUDGRUPPER[k as keyof typeof HUVUDGRUPPER]}`, true);
    case 'kommungrupp': return pick(KOMMUNGRUPP_CODES, (k) => `${k}. ${KOMMUNGRUPPER[k as keyof typeof KOMMUNGRUPPER].name}`, true);
    case 'storleksklass': return pick(POPULATION_CLASSES.map((p) => p.code), (k) => POPULATION_CLASSES.find((p) => p.code === k)!.label);
    case 'lan': return [...counts].sort((a, b) => a.group.localeCompare(b.group, 'sv')).map((c) => ({ label: c.group, short: c.group.replace(/ län$/, ''), c }));
  }
}

export interface SpreadRow {
  /** `short` labels the chart's axis (the table beside it has the full name). */
  label: string; short: string; total: number; panel: number; shareOfPanel: number; shareOfAll: number;
  /** Percentage points, panel share minus share of all municipalities. */
  deviation: number; populationCovered: number; flag: 'over' | 'under' | null;
}

export function spreadRows(dimension: SpreadDimension, counts: SpreadCount[], threshold: number): SpreadRow[] {
  const all = counts.reduce((s, c) => s + c.total, 0);
  const panel = counts.reduce((s, c) => s + c.panel, 0);
  return ordered(dimension, counts).map(({ label, short, c }) => {
    const shareOfPanel = panel === 0 ? 0 : c.panel / panel;
    const shareOfAll = all === 0 ? 0 : c.total / all;
    const deviation = (shareOfPanel - shareOfAll) * 100;
    const flag = Math.abs(deviation) > threshold ? (deviation > 0 ? 'over' : 'under') : null;
    return { label, short: short ?? label, total: c.total, panel: c.panel, shareOfPanel, shareOfAll, deviation, populationCovered: c.population === 0 ? 0 : c.panelPopulation / c.population, flag };
  });
}

const FLAG_TEXT = { over: 'Överrepresenterad', under: 'Underrepresenterad' } as const;

/** One section of the page: a chart.js bar chart of the two shares beside the table that is its accessible source,
 *  and the full table (counts, deviation, population covered, assessment) below, where there is room for it. */
export function spreadChart(dimension: (typeof SPREAD_DIMENSIONS)[number], rows: SpreadRow[]) {
  const horizontal = rows.length > 6;
  const datasets = [
    { label: 'Andel av panelen', data: rows.map((r) => round1(r.shareOfPanel * 100)) },
    { label: 'Andel av alla kommuner', data: rows.map((r) => round1(r.shareOfAll * 100)) },
  ];
  const config = toChartJsConfig({ type: 'bar', horizontal, unit: 'percent', labels: rows.map((r) => r.short), datasets });
  // Shares of 21 län are all small: a scale up to the next ten above the largest share, not to 100 %, keeps them readable.
  const top = Math.max(...datasets.flatMap((d) => d.data));
  Object.assign(config.options!.scales![horizontal ? 'x' : 'y']!, { max: Math.min(100, Math.ceil((top + 1) / 10) * 10) });
  return {
    id: `spridning-${dimension.key}`,
    title: `Andel av panelen och av alla kommuner: ${dimension.title.toLowerCase()}`,
    config,
    table: {
      caption: `${dimension.title}: andelar i diagrammet`,
      columns: [dimension.group, 'Andel av panelen', 'Andel av alla kommuner'],
      rows: rows.map((r) => [r.label, percent1(r.shareOfPanel), percent1(r.shareOfAll)]),
    },
  };
}

export function spreadDetails(dimension: (typeof SPREAD_DIMENSIONS)[number], rows: SpreadRow[], threshold: number) {
  return {
    caption: `${dimension.title}: antal, skillnad och befolkning`,
    columns: [dimension.group, 'Alla kommuner', 'I panelen', 'Andel av panelen', 'Andel av alla kommuner', 'Skillnad (procentenheter)', 'Andel av befolkningen som täcks', 'Bedömning'],
    rows: rows.map((r) => [r.label, r.total, r.panel, percent1(r.shareOfPanel), percent1(r.shareOfAll), signedPoints(r.deviation), percent1(r.populationCovered), r.flag ? FLAG_TEXT[r.flag] : '–']),
    footnotes: [`Skillnader större än ${signedPoints(threshold).replace('+', '')} procentenheter är markerade som över- eller underrepresenterade. Panelen = kommuner med status aktiv.`],
  };
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
