import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { HttpError } from './errors';

const TITLES: Record<number, { title: string; text: string }> = {
  400: { title: 'Felaktig begäran', text: 'Sidan kunde inte visas eftersom begäran var felaktig.' },
  401: { title: 'Du behöver logga in', text: 'Logga in för att fortsätta.' },
  403: { title: 'Du har inte behörighet', text: 'Du har inte behörighet att se eller ändra det här. Kontakta en administratör om du behöver behörighet.' },
  404: { title: 'Sidan hittades inte', text: 'Kontrollera att adressen är rätt. Sidan kan ha flyttats eller tagits bort.' },
  413: { title: 'För stor fil eller för mycket text', text: 'Det du skickade var för stort. Försök med en mindre fil.' },
  429: { title: 'För många försök', text: 'Vänta en stund och försök igen.' },
  500: { title: 'Något gick fel', text: 'Ett tekniskt fel uppstod. Försök igen om en stund. Det du redan har sparat finns kvar.' },
};

export const notFoundHandler: RequestHandler = (_req, _res, next) => next(new HttpError(404));

/** Swedish error pages; no stack trace, SQL or path ever reaches the response. Logged once with the request id. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    let status = err instanceof HttpError ? err.status : typeof err?.status === 'number' ? err.status : 500;
    if (err?.code === 'LIMIT_FILE_SIZE' || err?.type === 'entity.too.large') status = 413;
    if (status < 400 || status > 599) status = 500;
    if (status >= 500) logger.error({ requestId: req.requestId, err: { message: err?.message, stack: err?.stack } }, 'request failed');
    const base = TITLES[status] ?? TITLES[500]!;
    const message = err instanceof HttpError && err.publicMessage ? err.publicMessage : base.text;
    if (res.headersSent) return;
    if (req.accepts(['html', 'json']) === 'json' && !req.accepts('html')) {
      res.status(status).json({ error: base.title, message });
      return;
    }
    const data = { title: base.title, message, status, requestId: req.requestId, errors: {}, values: {}, errorSummary: [] };
    res.status(status);
    // Render directly (not via renderPage/next): a failure here must never fall through to express's default page.
    res.render('pages/error', data, (err1: Error | null, body?: string) => {
      if (err1) return void res.type('text').send(`${base.title}. ${message}`);
      res.render('layouts/main', { ...data, body }, (err2: Error | null, html?: string) => {
        if (err2) return void res.type('text').send(`${base.title}. ${message}`);
        res.send(html);
      });
    });
  };
}
