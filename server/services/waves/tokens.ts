import { hmac, randomToken, sha256Hex, sign, verifySignature } from '../../security/tokens';

/** Kept here too for the modules that sign answer cookies through this file. */
export { sign, verifySignature };

/** A mailed answer link's token: 256 random bits. Only a keyed hash (HMAC under the app secret) of the session
 *  token derived from it is stored. */
export function newLinkToken(secret: string): { token: string; hash: string } {
  const token = randomToken();
  return { token, hash: hashSessionToken(secret, sessionTokenOf(token)) };
}

/** What the answer cookie carries instead of the link token itself: derived from it, never stored. */
export function sessionTokenOf(token: string): string {
  return hmac(token, 'answer-session-v1', 'base64url');
}

export function hashSessionToken(secret: string, sessionToken: string): string {
  return hmac(secret, `link-token:${sessionToken}`, 'hex');
}

/** How links mailed before keyed hashes were stored (plain SHA-256 of the token). */
export function legacyTokenHash(token: string): string {
  return sha256Hex(token);
}

export function answerLinkUrl(baseUrl: string, token: string): string {
  return `${baseUrl}/svar/${token}`;
}

/** Unsubscribe links need no stored token: `<contactId>.<hmac>`. */
export function unsubscribeUrl(baseUrl: string, secret: string, contactId: number): string {
  return `${baseUrl}/avregistrera/${contactId}.${sign(secret, 'unsubscribe', String(contactId))}`;
}

export function readUnsubscribeToken(secret: string, raw: string): number | null {
  const m = /^(\d{1,12})\.([\w-]{43})$/.exec(raw);
  if (!m || !verifySignature(secret, 'unsubscribe', m[1]!, m[2]!)) return null;
  return Number(m[1]);
}
