import type { Response } from 'express';
import type { AppDeps } from '../../deps';
import type { AreaRouter } from '../../http/area-router';
import { CSV_CONTENT_TYPE, safeFilename, toCsv, toXlsx, XLSX_CONTENT_TYPE } from '../../export';
import { listAllActiveContacts } from '../../../db/repositories/contacts';
import { listMunicipalitiesWithStatus } from '../../../db/repositories/municipalities';
import { formatDate } from '../../domain/time';
import { PANEL_EXPORT_HEADERS, panelExportRows } from '../../presenters/panel/export';
import { READ } from './access';

/** The panel (active and paused members) with their current contacts, as CSV or Excel. */
export function exportRoutes(area: AreaRouter, deps: AppDeps): void {
  async function rows() {
    const members = await listMunicipalitiesWithStatus(deps.db, { status: 'i-panelen' });
    return panelExportRows(members, await listAllActiveContacts(deps.db));
  }
  const download = (res: Response, type: string, ext: string, body: string | Buffer) => {
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Disposition', `attachment; filename="${safeFilename(`panelen-${formatDate(deps.clock.now())}`, ext)}"`);
    res.send(body);
  };

  area.get('/export.csv', READ, async (_req, res) => download(res, CSV_CONTENT_TYPE, 'csv', toCsv(PANEL_EXPORT_HEADERS, await rows())));

  area.get('/export.xlsx', READ, async (_req, res) => {
    download(res, XLSX_CONTENT_TYPE, 'xlsx', await toXlsx([{ name: 'Panelen', headers: PANEL_EXPORT_HEADERS, rows: await rows() }]));
  });
}
