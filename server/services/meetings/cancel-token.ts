import { newHashedToken, sha256Hex } from '../../security/tokens';

/** A 256-bit cancel token; only its SHA-256 is stored. */
export const newCancelToken = newHashedToken;
export const hashCancelToken = sha256Hex;
