import type { AppDeps } from '../../deps';
import { staff } from '../../http/access';
import type { AreaRouter } from '../../http/area-router';
import { notFound } from '../../http/errors';
import { renderPage } from '../../http/render';
import { findOutboxMail, outboxCounts } from '../../../db/repositories/outbox';
import { listOutboxFiltered, outboxCategories } from '../../../db/repositories/outbox-viewer';
import { listMeetings } from '../../../db/repositories/meetings';
import { listWaves } from '../../../db/repositories/waves';
import { safeFilename } from '../../export';
import { linkifyText } from '../../domain/linkify';
import type { MailAttachment } from '../../mail/mailer';

const MAIL_VIEWERS = staff('admin', 'editor');
const STATUS_LABELS: Record<string, string> = { queued: 'I kö', sending: 'Skickas', sent: 'Skickat', failed: 'Misslyckades', cancelled: 'Stoppat' };

/** Development mail viewer: without SMTP_URL nothing leaves the machine, and staff read the mail here. */
export function mailViewerRoutes(area: AreaRouter, deps: AppDeps): void {
  const enabled = () => !deps.config.smtpUrl;

  area.get('/e-post', MAIL_VIEWERS, async (req, res) => {
    if (!enabled()) throw notFound('Utskick går via e-postservern. Visningen av e-post finns bara när ingen e-postserver är inställd.');
    const page = Math.max(1, Number(req.query.sida) || 1);
    const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v.slice(0, 100) : undefined);
    const id = (v: unknown) => (/^\d{1,9}$/.test(String(v ?? '')) ? Number(v) : undefined);
    const filter = { category: text(req.query.kategori), waveId: id(req.query.utskick), meetingId: id(req.query.mote) };
    const mails = await listOutboxFiltered(deps.db, { ...filter, limit: 50, offset: (page - 1) * 50 });
    const query = new URLSearchParams(Object.entries({ kategori: filter.category, utskick: filter.waveId, mote: filter.meetingId })
      .filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)])).toString();
    renderPage(res, 'admin/mail-list', {
      title: 'Skickad e-post', mails, counts: await outboxCounts(deps.db), statusLabels: STATUS_LABELS, page, query,
      values: { kategori: filter.category ?? '', utskick: String(filter.waveId ?? ''), mote: String(filter.meetingId ?? '') },
      categoryOptions: [{ value: '', label: 'Alla typer' }, ...(await outboxCategories(deps.db)).map((c) => ({ value: c, label: c }))],
      waveOptions: [{ value: '', label: 'Alla utskick' }, ...(await listWaves(deps.db)).map((w) => ({ value: String(w.id), label: w.title }))],
      meetingOptions: [{ value: '', label: 'Alla möten' }, ...(await listMeetings(deps.db)).map((m) => ({ value: String(m.id), label: m.title }))],
    });
  });

  area.get('/e-post/:id', MAIL_VIEWERS, async (req, res) => {
    if (!enabled()) throw notFound();
    const mail = await findOutboxMail(deps.db, Number(req.params.id) || 0);
    if (!mail) throw notFound();
    const attachments = mail.attachments ? (JSON.parse(mail.attachments) as MailAttachment[])
      .map((a, i) => ({ filename: a.filename, contentType: a.contentType.split(';')[0], href: `/admin/e-post/${mail.id}/bilagor/${i + 1}` })) : [];
    renderPage(res, 'admin/mail-show', {
      title: mail.subject, mail, attachments, statusLabels: STATUS_LABELS,
      textHtml: linkifyText(mail.text), headers: mail.headers ? JSON.parse(mail.headers) : {},
    });
  });

  area.get('/e-post/:id/bilagor/:n', MAIL_VIEWERS, async (req, res) => {
    if (!enabled()) throw notFound();
    const mail = await findOutboxMail(deps.db, Number(req.params.id) || 0);
    const attachment = mail?.attachments ? (JSON.parse(mail.attachments) as MailAttachment[])[Number(req.params.n) - 1] : undefined;
    if (!attachment) throw notFound();
    res.type(attachment.contentType.split(';')[0]!);
    const ext = /\.([a-z0-9]{1,10})$/i.exec(attachment.filename)?.[1] ?? 'bin';
    res.setHeader('Content-Disposition', `attachment; filename="${safeFilename(attachment.filename.replace(/\.[^.]*$/, ''), ext)}"`);
    res.send(Buffer.from(attachment.contentBase64, 'base64'));
  });

  area.get('/e-post/:id/html', MAIL_VIEWERS, async (req, res) => {
    if (!enabled()) throw notFound();
    const mail = await findOutboxMail(deps.db, Number(req.params.id) || 0);
    if (!mail) throw notFound();
    // The mail's own HTML, shown in a sandboxed frame of this site only; it may carry inline styles but never scripts.
    res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; sandbox allow-popups allow-popups-to-escape-sandbox");
    res.setHeader('X-Frame-Options', 'SAMEORIGIN');
    res.type('html').send(mail.html);
  });
}
