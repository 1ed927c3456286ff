import type { AppDeps } from '../../deps';
import type { AreaRouter } from '../../http/area-router';
import { notFound } from '../../http/errors';
import { renderPage } from '../../http/render';
import { listWaves } from '../../../db/repositories/waves';
import { countFreeTextsByStatus, listApprovedFreeTexts } from '../../../db/repositories/free-texts';
import { responseRateView } from '../../presenters/results/response-rates';
import { questionSections, STATUS_LABELS, waveTimes } from '../../presenters/results/wave-page';
import { compareWaves, seriesWaves, waveName } from '../../services/results/comparison';
import { dimensionLabel, isDimension } from '../../services/results/dimensions';
import { columnSeriesChart, parseSmallGroups, toTableSpec } from '../../domain/results';
import { textQuestions, visibleFreeTexts } from '../../services/results/free-texts';
import { waveResponseRates } from '../../services/results/response-rates';
import { loadResultWave, resultsAvailable, waveQuestionTables } from '../../services/results/wave-results';
import { chartView } from '../../presenters/results/chart-view';
import { RESULTS, idParam, isAnalyst } from './access';

export function waveRoutes(area: AreaRouter, deps: AppDeps): void {
  area.get('/', RESULTS, async (_req, res) => {
    const waves = (await listWaves(deps.db)).filter((w) => w.status === 'open' || w.status === 'closed');
    renderPage(res, 'results/index', { title: 'Resultat', waves: waves.map((w) => ({ ...w, statusLabel: STATUS_LABELS[w.status], times: waveTimes(w) })) });
  });

  area.get('/vagor/:id', RESULTS, async (req, res) => {
    const rw = await loadResultWave(deps.db, idParam(req));
    if (!rw || rw.wave.status === 'scheduled' || rw.wave.status === 'cancelled') throw notFound();
    const rates = responseRateView(await waveResponseRates(deps.db, rw.wave));
    const base = { title: `Resultat: ${rw.wave.title}`, wave: rw.wave, surveyTitle: rw.surveyTitle, times: waveTimes(rw.wave), rates };
    if (!resultsAvailable(rw.wave)) return renderPage(res, 'results/wave-open', base);
    const requested = req.query.uppdelning;
    const dimension = isDimension(requested) && rw.wave.dimensions.includes(requested) ? requested : null;
    const small = parseSmallGroups(req.query.sma);
    const tables = await waveQuestionTables(deps.db, rw, dimension, small);
    const dimensionOptions = [{ value: '', label: 'Ingen uppdelning (hela riket)' }, ...rw.wave.dimensions.map((d) => ({ value: d, label: dimensionLabel(rw.wave, d) }))];
    const freeTexts = dimension ? [] : await visibleFreeTexts(deps.db, rw, await listApprovedFreeTexts(deps.db, rw.wave.id));
    const series = await seriesWaves(deps.db, rw);
    renderPage(res, 'results/wave', {
      ...base, charts: true, dimension, dimensionLabel: dimension ? dimensionLabel(rw.wave, dimension) : null, dimensionOptions,
      sections: questionSections(tables, dimension ? dimensionLabel(rw.wave, dimension) : null), freeTexts,
      textQuestionCount: textQuestions(rw.definition).length, reviewCounts: await countFreeTextsByStatus(deps.db, rw.wave.id),
      canCompare: series.length >= 2, exportQuery: dimension ? `?uppdelning=${dimension}${small === 'merge' ? '&sma=sla-ihop' : ''}` : '', small: small === 'merge' ? 'sla-ihop' : 'dolj', isAdmin: req.staff!.role === 'admin', canReview: isAnalyst(req),
    });
  });

  area.get('/vagor/:id/jamforelse', RESULTS, async (req, res) => {
    const rw = await loadResultWave(deps.db, idParam(req));
    if (!rw || !resultsAvailable(rw.wave)) throw notFound();
    const comparison = await compareWaves(deps.db, await seriesWaves(deps.db, rw));
    const sections = comparison.tables.map((t) => {
      const stats = t.rows.columns[0] === 'Mått';
      // A scale question has two tables (answers and measures): each needs its own name for screen readers.
      const heading = stats ? `${t.title} (medelvärde, median och kvartiler)` : t.title;
      const chart = columnSeriesChart(t.rows, { dropLastRow: true, dropLastColumn: false, unit: stats ? 'number' : 'percent' });
      return { id: t.id, heading, chart: chartView(`jfr-${t.id}`, `${heading}: jämförelse`, chart, toTableSpec(t.rows)) };
    });
    renderPage(res, 'results/comparison', { title: `Jämförelse: ${rw.wave.title}`, charts: true, wave: rw.wave, waves: comparison.waves.map(waveName), sections });
  });
}
