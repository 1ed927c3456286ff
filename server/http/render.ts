import type { Response } from 'express';

/** Renders `views/pages/<view>.ejs` into the main layout. Views receive plain data, never `req`. */
export function renderPage(res: Response, view: string, data: Record<string, unknown> = {}, status = 200): void {
  const locals = { errors: {}, values: {}, errorSummary: [], ...data };
  res.render(`pages/${view}`, locals, (err: Error | null, body?: string) => {
    if (err) return res.req.next!(err);
    res.status(status).render('layouts/main', { ...locals, body }, (err2: Error | null, html?: string) => {
      if (err2) return res.req.next!(err2);
      res.send(html);
    });
  });
}

/** 303 See Other to a path of this app. Browsers follow a 303 at once and never show its body, so this skips
 *  express's `res.redirect` content negotiation for one (the respondent path redirects after every step). */
export function seeOther(res: Response, path: string): void {
  res.statusCode = 303;
  res.setHeader('Location', path);
  res.setHeader('Content-Length', '0');
  res.end();
}
