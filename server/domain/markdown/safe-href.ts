// Only web and e-mail links survive. Browsers ignore tabs, newlines and control characters inside a
// scheme ("java\tscript:"), so those are removed before the scheme is checked.
const ALLOWED_HREF = /^(https?:\/\/|mailto:)/i;

/** The link target to keep, or null when it is not an http(s) or mailto URL. */
export function safeHref(href: string | undefined | null): string | null {
  if (!href) return null;
  const compact = href.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '');
  return ALLOWED_HREF.test(compact) ? href.trim() : null;
}
