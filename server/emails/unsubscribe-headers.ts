/**
 * List-Unsubscribe headers for bulk panel mail. RFC 8058 one-click needs an HTTPS URL that accepts
 * a POST of `List-Unsubscribe=One-Click` (no cookie, no CSRF token: the link's HMAC authenticates it),
 * so List-Unsubscribe-Post is only sent when the URL is HTTPS (always in production).
 */
export function unsubscribeHeaders(url: string): Record<string, string> {
  const headers: Record<string, string> = { 'List-Unsubscribe': `<${url}>` };
  if (url.startsWith('https://')) headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  return headers;
}
