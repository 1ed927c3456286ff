import { z } from 'zod';
import type { AppDeps } from '../../deps';
import { staff } from '../../http/access';
import type { AreaRouter } from '../../http/area-router';
import { renderPage } from '../../http/render';
import { listAudit } from '../../../db/repositories/audit-log';
import { addDays, parseDateInput, stockholmLocalToUtc } from '../../domain/time';
import { auditFilterOptions, auditRows } from '../../presenters/panel/audit';

const PAGE_SIZE = 50;
const text = (max: number) => z.string().trim().max(max).optional().catch(undefined);
const date = z.string().transform((s) => parseDateInput(s) ?? undefined).optional().catch(undefined);
const auditQuery = z.object({
  handelse: text(80), typ: text(40), anvandare: text(254), fran: date, till: date,
  sida: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

/** The audit log of staff changes: who did what to which object, when. Admins only. */
export function auditRoutes(area: AreaRouter, deps: AppDeps): void {
  area.get('/logg', staff('admin'), async (req, res) => {
    const q = auditQuery.parse(req.query);
    const rows = await listAudit(deps.db, {
      action: q.handelse || undefined, objectType: q.typ || undefined, actor: q.anvandare?.toLowerCase() || undefined,
      from: q.fran ? stockholmLocalToUtc(q.fran, '00:00').toISOString() : undefined,
      to: q.till ? addDays(stockholmLocalToUtc(q.till, '00:00'), 1).toISOString() : undefined,
      limit: PAGE_SIZE + 1, offset: (q.sida - 1) * PAGE_SIZE,
    });
    const query = new URLSearchParams(Object.entries({ handelse: q.handelse, typ: q.typ, anvandare: q.anvandare, fran: q.fran, till: q.till })
      .filter((e): e is [string, string] => Boolean(e[1]))).toString();
    renderPage(res, 'admin/audit', {
      title: 'Ändringslogg', rows: auditRows(rows.slice(0, PAGE_SIZE)), options: auditFilterOptions, values: q,
      page: q.sida, hasNext: rows.length > PAGE_SIZE, query: query ? `&${query}` : '',
    });
  });
}
