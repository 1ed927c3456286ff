import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { findIndicator, listIndicators } from '../../../db/repositories/register-indicators';
import { countInvitationsByGroup } from '../../../db/repositories/results-invitations';
import { buildMethodText } from '../../domain/lagesbild';
import type { Figure, MethodBox } from '../../domain/lagesbild/document';
import { formatDate } from '../../domain/time';
import { chartAltText, columnSeriesChart, resultRows, toChartSpec, toTableSpec, type ResultRows } from '../../domain/results';
import { compareWaves, seriesWaves } from './comparison';
import { DIMENSION_LABELS } from './dimensions';
import { figureSourceKey, type FigureSource } from './figure-sources';
import { REGISTER_DIMENSIONS, registerByGroup, registerByYear } from './register-view';
import { loadResultWave, resultsAvailable, waveQuestionTables, type ResultWave } from './wave-results';

export { figureSourceKey, parseFigureSourceKey, type FigureSource } from './figure-sources';
export interface FigureChoice { key: string; label: string; group: string; source: FigureSource }

/** Everything a lägesbild can show: each closed wave's questions, their breakdowns, wave comparisons, register indicators. */
export async function listFigureSources(db: Kysely<DB>, opts: { waveId?: number } = {}): Promise<FigureChoice[]> {
  const choices: FigureChoice[] = [];
  const add = (group: string, label: string, source: FigureSource) => choices.push({ key: figureSourceKey(source), label, group, source });
  const waveIds = opts.waveId ? [opts.waveId] : (await db.selectFrom('waves').select('id').where('status', '=', 'closed').orderBy('opens_at', 'desc').execute()).map((w) => w.id);
  for (const waveId of waveIds) {
    const rw = await loadResultWave(db, waveId);
    if (!rw || !resultsAvailable(rw.wave)) continue;
    const tables = await waveQuestionTables(db, rw, null);
    for (const t of tables) {
      const what = t.kind === 'stats' ? `${t.title} (medelvärde och median)` : t.title;
      add(rw.wave.title, what, { kind: 'question', waveId, tableId: t.id });
      for (const dimension of rw.wave.dimensions) add(rw.wave.title, `${what} – per ${DIMENSION_LABELS[dimension].toLowerCase()}`, { kind: 'breakdown', waveId, tableId: t.id, dimension });
    }
    const series = await seriesWaves(db, rw);
    if (series.length >= 2 && series.at(-1)!.wave.id === waveId) {
      for (const t of (await compareWaves(db, series)).tables) add('Jämförelser mellan omgångar', `${t.title} – ${series.map((s) => s.wave.title).join(' och ')}`, { kind: 'comparison', waveIds: series.map((s) => s.wave.id), tableId: t.id });
    }
  }
  for (const ind of await listIndicators(db)) {
    add('Registerdata', `${ind.name} – över åren`, { kind: 'register', indicatorId: ind.id, view: 'years' });
    for (const dimension of REGISTER_DIMENSIONS) add('Registerdata', `${ind.name} – per ${DIMENSION_LABELS[dimension].toLowerCase()}, senaste året`, { kind: 'register', indicatorId: ind.id, view: 'groups', dimension });
  }
  return choices;
}

/** One figure with the same suppressed numbers as the results pages; null when the source no longer exists. */
export async function buildFigure(db: Kysely<DB>, source: FigureSource): Promise<Figure | null> {
  const id = figureSourceKey(source).replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  if (source.kind === 'register') {
    const ind = await findIndicator(db, source.indicatorId);
    if (!ind) return null;
    const unit = ind.unit === 'percent' ? 'percent' : ind.unit === 'count' ? 'count' : 'number';
    const rows = source.view === 'years' ? await registerByYear(db, ind) : (await registerByGroup(db, ind, source.dimension, source.year ?? null)).rows;
    if (rows.rows.length === 0) return null;
    const caption = source.view === 'years' ? `${ind.name}, panelens kommuner och alla kommuner per år` : `${ind.name} per ${DIMENSION_LABELS[source.dimension].toLowerCase()}`;
    return figure(id, 'register', caption, `${ind.source}.`, rows, columnSeriesChart(rows, { dropLastRow: false, dropLastColumn: true, unit }));
  }
  if (source.kind === 'comparison') {
    const waves = (await Promise.all(source.waveIds.map((w) => loadResultWave(db, w)))).filter((w): w is ResultWave => w !== undefined);
    const table = (await compareWaves(db, waves, source.tableId)).tables[0];
    if (!table) return null;
    const unit = table.rows.columns[0] === 'Mått' ? 'number' : 'percent';
    return figure(id, 'comparison', `${table.title}, jämförelse mellan omgångar`, panelSource(waves), table.rows, columnSeriesChart(table.rows, { dropLastRow: true, dropLastColumn: false, unit }));
  }
  const rw = await loadResultWave(db, source.waveId);
  if (!rw) return null;
  const dimension = source.kind === 'breakdown' ? source.dimension : null;
  const table = (await waveQuestionTables(db, rw, dimension)).find((t) => t.id === source.tableId);
  if (!table) return null;
  const rows = resultRows(table, dimension ? DIMENSION_LABELS[dimension] : null);
  const caption = dimension ? `${table.title}, per ${DIMENSION_LABELS[dimension].toLowerCase()}` : table.title;
  return figure(id, source.kind, caption, panelSource([rw]), rows, toChartSpec(rows, table.multi ? 'Andel av de svarande' : 'Andel'));
}

function figure(id: string, kind: Figure['kind'], caption: string, source: string, rows: ResultRows, chart: Figure['chart']): Figure {
  return { id, kind, caption, alt: chartAltText(caption, chart), source, chart, table: toTableSpec(rows) };
}

// The field period ends at the scheduled (or extended) closing time; the close job itself runs a little later.
const period = (rw: ResultWave) => ({ from: formatDate(new Date(rw.wave.opensAt)), to: formatDate(new Date(rw.wave.closesAt)) });
const panelSource = (waves: ResultWave[]) => `Äldreomsorgspanelen, ${waves.map((w) => `enkät ${period(w).from} till ${period(w).to}`).join(' och ')}.`;

/** The method box of a lägesbild built on this wave; null when the wave does not exist. */
export async function waveMethodFacts(db: Kysely<DB>, waveId: number): Promise<MethodBox | null> {
  const rw = await loadResultWave(db, waveId);
  if (!rw) return null;
  const [counts] = await countInvitationsByGroup(db, waveId, null);
  const invited = counts?.invited ?? 0;
  const answered = counts?.submitted ?? 0;
  const facts = {
    population: rw.wave.audience.kind === 'all' ? 'äldreomsorgscheferna i Äldreomsorgspanelens kommuner' : 'en del av Äldreomsorgspanelens kommuner',
    invited, answered, responseRate: invited === 0 ? 0 : answered / invited, fieldPeriod: period(rw), k: rw.wave.k,
    breakdowns: rw.wave.dimensions.map((d) => DIMENSION_LABELS[d].toLowerCase()),
  };
  return { ...facts, text: buildMethodText(facts) };
}
