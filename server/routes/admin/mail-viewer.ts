import type { AppDeps } from '../../deps';
import { staff } from '../../http/access';
import type { AreaRouter } from '../../http/area-router';
import { notFound } from '../../http/errors';
import { renderPage } from '../../http/render';
import { findOutboxMail, listOutbox, outboxCounts } from '../../../db/repositories/outbox';
import { linkifyText } from '../../presenters/linkify';

const MAIL_VIEWERS = staff('admin', 'editor');
const STATUS_LABELS: Record<string, string> = { queued: 'I kö', sending: 'Skickas', sent: 'Skickat', failed: 'Misslyckades', cancelled: 'Stoppat' };

/** Development mail viewer: without SMTP_URL nothing leaves the machine, and staff read the mail here. */
export function mailViewerRoutes(area: AreaRouter, deps: AppDeps): void {
  const enabled = () => !deps.config.smtpUrl;

  area.get('/e-post', MAIL_VIEWERS, async (req, res) => {
    if (!enabled()) throw notFound('Utskick går via e-postservern. Visningen av e-post finns bara när ingen e-postserver är inställd.');
    const page = Math.max(1, Number(req.query.sida) || 1);
    const category = typeof req.query.kategori === 'string' ? req.query.kategori : undefined;
    const mails = await listOutbox(deps.db, { category, limit: 50, offset: (page - 1) * 50 });
    renderPage(res, 'admin/mail-list', { title: 'Skickad e-post', mails, counts: await outboxCounts(deps.db), statusLabels: STATUS_LABELS, page, category });
  });

  area.get('/e-post/:id', MAIL_VIEWERS, async (req, res) => {
    if (!enabled()) throw notFound();
    const mail = await findOutboxMail(deps.db, Number(req.params.id) || 0);
    if (!mail) throw notFound();
    const attachments = mail.attachments ? (JSON.parse(mail.attachments) as { filename: string; contentType: string }[]) : [];
    renderPage(res, 'admin/mail-show', {
      title: mail.subject, mail, attachments, statusLabels: STATUS_LABELS,
      textHtml: linkifyText(mail.text), headers: mail.headers ? JSON.parse(mail.headers) : {},
    });
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
