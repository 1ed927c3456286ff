import { escapeHtml } from '../domain/linkify';

export interface EmailContent {
  /** Greeting line, e.g. "Hej Åsa Öberg,". */
  greeting?: string;
  paragraphs: string[];
  /** The one main action, shown as a link button in HTML and as a bare URL in the text part. */
  action?: { text: string; url: string };
  /** Lines after the action (e.g. "Länken är personlig. Vidarebefordra inte e-postmeddelandet."). */
  after?: string[];
  /** Unsubscribe link where it fits (panel mail). */
  unsubscribeUrl?: string;
}

const SIGNATURE = ['Med vänliga hälsningar', 'Äldreomsorgspanelen', 'Nationellt kunskapscentrum för äldreomsorg'];

/** One Swedish layout for every mail: a plain HTML part (inline styles only, no images) and a text part. */
export function renderEmail(c: EmailContent): { html: string; text: string } {
  const p = (t: string) => `<p style="margin:0 0 16px">${escapeHtml(t)}</p>`;
  const html = [
    '<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Äldreomsorgspanelen</title></head>',
    '<body style="margin:0;padding:24px;font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#0b0c0c;background:#ffffff">',
    '<div style="max-width:600px">',
    c.greeting ? p(c.greeting) : '',
    ...c.paragraphs.map(p),
    c.action ? `<p style="margin:24px 0"><a href="${escapeHtml(c.action.url)}" style="display:inline-block;background:#00703c;color:#ffffff;padding:10px 16px;font-weight:bold;text-decoration:none">${escapeHtml(c.action.text)}</a></p><p style="margin:0 0 16px;font-size:14px">Om knappen inte fungerar, kopiera länken: ${escapeHtml(c.action.url)}</p>` : '',
    ...(c.after ?? []).map(p),
    `<p style="margin:24px 0 0">${SIGNATURE.map(escapeHtml).join('<br>')}</p>`,
    c.unsubscribeUrl ? `<p style="margin:24px 0 0;font-size:14px;color:#484949">Vill du inte få fler utskick från panelen? <a href="${escapeHtml(c.unsubscribeUrl)}">Avregistrera dig</a>.</p>` : '',
    '</div></body></html>',
  ].join('');
  const text = [
    ...(c.greeting ? [c.greeting, ''] : []),
    ...c.paragraphs.flatMap((t) => [t, '']),
    ...(c.action ? [`${c.action.text}:`, c.action.url, ''] : []),
    ...(c.after ?? []).flatMap((t) => [t, '']),
    ...SIGNATURE,
    ...(c.unsubscribeUrl ? ['', `Avregistrera dig från panelens utskick: ${c.unsubscribeUrl}`] : []),
  ].join('\n');
  return { html, text };
}
