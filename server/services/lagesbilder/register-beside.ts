import type { RegisterDimension } from '../../../db/repositories/register-values';
import { registerMeans } from '../../../db/repositories/register-values';
import { findIndicator, listIndicators } from '../../../db/repositories/register-indicators';
import type { AppDeps } from '../../deps';
import type { Figure } from '../../domain/lagesbild';
import { DIMENSION_LABELS } from '../results/dimensions';
import { buildFigure, figureSourceKey, listFigureSources, parseFigureSourceKey } from '../results/figures';
import { REGISTER_DIMENSIONS } from '../results/register-view';

// A `beside` figure: a register indicator and a panel question side by side, grouped by the same
// dimension. Both halves are built by the results area (server/services/results/figures.ts), so the
// register half is the same unweighted mean per group as the register pages and the panel half obeys
// the same disclosure control as every other panel figure.

export const BESIDE_PREFIX = 'beside:';
const LATEST = 'senaste';

export interface BesideChoice { indicatorId: number; year: number | null; panelKey: string }
export interface BesideOptions {
  indicators: { value: string; label: string }[];
  years: { value: string; label: string }[];
  questions: { value: string; label: string }[];
}

/** "beside:<indicator>:<year|senaste>:<breakdown key>": stored with the figure so its numbers can be fetched again. */
export function besideKey(c: BesideChoice): string {
  return `${BESIDE_PREFIX}${c.indicatorId}:${c.year ?? LATEST}:${c.panelKey}`;
}

export function parseBesideKey(key: string): BesideChoice | null {
  const m = /^beside:(\d{1,9}):(\d{4}|senaste):(breakdown:.+)$/.exec(key);
  if (!m) return null;
  return { indicatorId: Number(m[1]), year: m[2] === LATEST ? null : Number(m[2]), panelKey: m[3]! };
}

const registerDimension = (d: string): d is RegisterDimension => (REGISTER_DIMENSIONS as readonly string[]).includes(d);

/** What the beside form offers: indicators, their years, and the panel questions broken down by a dimension the register has too. */
export async function listBesideOptions(deps: AppDeps, waveId: number | null): Promise<BesideOptions> {
  const indicators = await listIndicators(deps.db);
  const years = new Set<number>();
  for (const ind of indicators) for (const m of await registerMeans(deps.db, ind.id, { dimension: null, panelOnly: false })) years.add(m.year);
  const sources = await listFigureSources(deps.db, waveId ? { waveId } : {});
  return {
    indicators: indicators.map((i) => ({ value: String(i.id), label: i.name })),
    years: [...years].sort((a, b) => b - a).map((y) => ({ value: String(y), label: String(y) })),
    questions: sources.filter((s) => s.source.kind === 'breakdown' && registerDimension(s.source.dimension))
      .map((s) => ({ value: s.key, label: `${s.group}: ${s.label}` })),
  };
}

/** The two halves with today's numbers, or null when the indicator, its year or the question is gone. */
export async function buildBesideFigure(deps: AppDeps, choice: BesideChoice): Promise<Figure | null> {
  const panelSource = parseFigureSourceKey(choice.panelKey);
  if (panelSource?.kind !== 'breakdown' || !registerDimension(panelSource.dimension)) return null;
  const ind = await findIndicator(deps.db, choice.indicatorId);
  if (!ind) return null;
  const years = (await registerMeans(deps.db, ind.id, { dimension: null, panelOnly: false })).map((m) => m.year);
  const year = choice.year ?? Math.max(...years);
  if (!years.includes(year)) return null;
  const dimension = panelSource.dimension;
  const [register, panel] = await Promise.all([
    buildFigure(deps.db, { kind: 'register', indicatorId: ind.id, view: 'groups', dimension, year }),
    buildFigure(deps.db, panelSource),
  ]);
  if (!register || !panel) return null;
  const per = DIMENSION_LABELS[dimension].toLowerCase();
  const registerTitle = `${ind.name} per ${per}, ${year} (genomsnitt av kommunernas värden)`;
  const panelTitle = panel.caption;
  return {
    id: `bredvid-${ind.id}-${figureSourceKey(panelSource).replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`,
    kind: 'beside',
    caption: `${ind.name} bredvid panelens svar: ${panelTitle}`,
    alt: `Två diagram bredvid varandra. Registerdata: ${register.alt} Panelens svar: ${panel.alt}`,
    source: register.source,
    chart: register.chart,
    table: register.table,
    beside: { registerTitle, panel: { title: panelTitle, source: panel.source, chart: panel.chart, table: panel.table } },
  };
}
