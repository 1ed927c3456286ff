import type { Response } from 'express';
import type { AppDeps } from '../../deps';
import type { AreaRouter } from '../../http/area-router';
import { notFound } from '../../http/errors';
import { CSV_CONTENT_TYPE, safeFilename, toCsv, toXlsx, XLSX_CONTENT_TYPE } from '../../export';
import { dimensionLabel, isDimension } from '../../services/results/dimensions';
import { aggregatedExportLines } from '../../presenters/results/export-tables';
import { parseSmallGroups } from '../../domain/results';
import { TIDY_HEADERS, tidyRows, tidySheets } from '../../presenters/results/tidy-export';
import { codebook, microdata } from '../../services/results/microdata';
import { loadResultWave, resultsAvailable, waveQuestionTables } from '../../services/results/wave-results';
import { ADMIN_ONLY, RESULTS, idParam } from './access';

export function exportRoutes(area: AreaRouter, deps: AppDeps): void {
  const download = (res: Response, type: string, name: string, ext: string, body: string | Buffer) => {
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Disposition', `attachment; filename="${safeFilename(name, ext)}"`);
    res.send(body);
  };

  async function closedWave(id: number) {
    const rw = await loadResultWave(deps.db, id);
    if (!rw || !resultsAvailable(rw.wave)) throw notFound();
    return rw;
  }

  async function aggregated(id: number, requested: unknown, small: unknown) {
    const rw = await closedWave(id);
    const dimension = isDimension(requested) && rw.wave.dimensions.includes(requested) ? requested : null;
    const label = dimension ? dimensionLabel(rw.wave, dimension) : null;
    const tables = await waveQuestionTables(deps.db, rw, dimension, parseSmallGroups(small));
    const lines = aggregatedExportLines(tables, label);
    return { rw, lines, tables, label, name: `resultat-${rw.wave.title}${dimension ? `-per-${dimension}` : ''}`, heading: [`${rw.wave.title}${label ? ` – per ${label.toLowerCase()}` : ''}`] };
  }

  area.get('/vagor/:id/export.csv', RESULTS, async (req, res) => {
    const { lines, name, heading } = await aggregated(idParam(req), req.query.uppdelning, req.query.sma);
    download(res, CSV_CONTENT_TYPE, name, 'csv', toCsv(heading, lines));
  });

  area.get('/vagor/:id/export.xlsx', RESULTS, async (req, res) => {
    const { tables, label, name } = await aggregated(idParam(req), req.query.uppdelning, req.query.sma);
    download(res, XLSX_CONTENT_TYPE, name, 'xlsx', await toXlsx(tidySheets(tables, label)));
  });

  area.get('/vagor/:id/export-lang.csv', RESULTS, async (req, res) => {
    const { rw, tables, name } = await aggregated(idParam(req), req.query.uppdelning, req.query.sma);
    download(res, CSV_CONTENT_TYPE, `${name}-lang`, 'csv', toCsv(TIDY_HEADERS, tidyRows(rw.wave.title, tables)));
  });

  area.get('/vagor/:id/mikrodata.csv', ADMIN_ONLY, async (req, res) => {
    const rw = await closedWave(idParam(req));
    const data = await microdata(deps.db, rw);
    download(res, CSV_CONTENT_TYPE, `mikrodata-${rw.wave.title}`, 'csv', toCsv(data.headers, data.rows));
  });

  area.get('/vagor/:id/kodbok.csv', ADMIN_ONLY, async (req, res) => {
    const rw = await closedWave(idParam(req));
    const book = codebook(rw);
    download(res, CSV_CONTENT_TYPE, `kodbok-${rw.wave.title}`, 'csv', toCsv(book.headers, book.rows));
  });
}
