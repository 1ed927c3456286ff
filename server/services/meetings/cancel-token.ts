import { createHash, randomBytes } from 'node:crypto';

/** A 256-bit cancel token; only its SHA-256 is stored. */
export function newCancelToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashCancelToken(token) };
}

export function hashCancelToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
