import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A mailed answer link's token: 256 random bits. Only a keyed hash (HMAC under the app secret) of the session
 *  token derived from it is stored. */
export function newLinkToken(secret: string): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashSessionToken(secret, sessionTokenOf(token)) };
}

/** What the answer cookie carries instead of the link token itself: derived from it, never stored. */
export function sessionTokenOf(token: string): string {
  return createHmac('sha256', token).update('answer-session-v1').digest('base64url');
}

export function hashSessionToken(secret: string, sessionToken: string): string {
  return createHmac('sha256', secret).update(`link-token:${sessionToken}`).digest('hex');
}

/** How links mailed before keyed hashes were stored (plain SHA-256 of the token). */
export function legacyTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function answerLinkUrl(baseUrl: string, token: string): string {
  return `${baseUrl}/svar/${token}`;
}

/** HMAC under the app secret with a purpose prefix, so a value signed for one use is worthless for another. */
export function sign(secret: string, purpose: string, value: string): string {
  return createHmac('sha256', secret).update(`${purpose}:${value}`).digest('base64url');
}

export function verifySignature(secret: string, purpose: string, value: string, mac: string): boolean {
  const expected = Buffer.from(sign(secret, purpose, value));
  const given = Buffer.from(mac);
  return expected.length === given.length && timingSafeEqual(expected, given);
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
