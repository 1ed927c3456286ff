import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// One home for the small building blocks of links, sessions and signatures. Every format here is stored or
// mailed somewhere (token hashes in the database, signatures in links), so none may change.

/** `bytes` random bytes as base64url: 256 bits by default (mailed links, session ids, secrets). */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Plain SHA-256 (hex) of a token that is itself 256 random bits: what is stored of session ids, cancel and
 *  password-reset links. */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** A new random token and the hash to store of it. */
export function newHashedToken(): { token: string; hash: string } {
  const token = randomToken();
  return { token, hash: sha256Hex(token) };
}

/** HMAC-SHA256 of `message` under `key`: raw bytes, or text in the encoding given. */
export function hmac(key: string | Buffer, message: string): Buffer;
export function hmac(key: string | Buffer, message: string, encoding: 'hex' | 'base64url'): string;
export function hmac(key: string | Buffer, message: string, encoding?: 'hex' | 'base64url'): Buffer | string {
  const mac = createHmac('sha256', key).update(message);
  return encoding ? mac.digest(encoding) : mac.digest();
}

/** A keyed 128-bit hash (hex) of something that must not be kept in the clear, such as a client address in a
 *  rate-limit key. */
export function keyedHash(secret: string, value: string): string {
  return hmac(secret, value, 'hex').slice(0, 32);
}

/** Constant-time comparison of two strings; different lengths are simply unequal. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** HMAC under the app secret with a purpose prefix, so a value signed for one use is worthless for another. */
export function sign(secret: string, purpose: string, value: string): string {
  return hmac(secret, `${purpose}:${value}`, 'base64url');
}

export function verifySignature(secret: string, purpose: string, value: string, mac: string): boolean {
  return sameSecret(sign(secret, purpose, value), mac);
}

const EMPTY_SALT = Buffer.alloc(32);
const FIRST_BLOCK = Buffer.of(1);

/** HKDF-SHA256 (RFC 5869) with a 32-byte output: PRK = HMAC(salt, ikm), OKM = HMAC(PRK, info | 0x01). Byte for byte
 *  what `hkdfSync('sha256', ikm, salt, info, 32)` returns (an empty salt is HashLen zeros), at a third of its cost:
 *  no key object per call. */
export function hkdfSha256Block(ikm: string | Buffer, info: string, salt: Buffer = EMPTY_SALT): Buffer {
  const prk = createHmac('sha256', salt).update(ikm).digest();
  return createHmac('sha256', prk).update(info).update(FIRST_BLOCK).digest();
}
