import {
  createCipheriv, createDecipheriv, createPrivateKey, createPublicKey, diffieHellman, generateKeyPairSync, randomBytes,
  type KeyObject,
} from 'node:crypto';
import { hkdfSha256Block } from './tokens';

// Sealed boxes from node:crypto only: X25519 for the key agreement, HKDF-SHA256 for the key, AES-256-GCM for the
// box. Anyone with the public key can seal; only the holder of the private key can open. See docs/ANONYMITY.md.

const INFO = 'aldreomsorgspanelen sealed box v1';
const PREFIX = 'sb1.';

/** AES-256-GCM: iv(12) | tag(16) | body, the associated data binds the box to its place (e.g. a wave id). */
export function aesSeal(key: Buffer, plain: Buffer, aad: string): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

/** Throws when the key or the associated data is wrong, or the box was changed. */
export function aesOpen(key: Buffer, sealed: Buffer, aad: string): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
  decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(sealed.subarray(12, 28));
  return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
}

// An X25519 SubjectPublicKeyInfo is a fixed 12-byte header followed by the 32 raw key bytes.
const SPKI_HEADER = Buffer.from('302a300506032b656e032100', 'hex');
const rawPublic = (k: KeyObject): Buffer => k.export({ format: 'der', type: 'spki' }).subarray(SPKI_HEADER.length);
const publicFromRaw = (raw: Buffer): KeyObject => createPublicKey({ key: Buffer.concat([SPKI_HEADER, raw]), format: 'der', type: 'spki' });

/** Wave public keys are few and used for every submit: parsed once. */
const recipients = new Map<string, KeyObject>();
function recipientKey(publicKey: string): KeyObject {
  let key = recipients.get(publicKey);
  if (!key) {
    if (recipients.size > 100) recipients.clear();
    recipients.set(publicKey, (key = publicFromRaw(Buffer.from(publicKey, 'base64url'))));
  }
  return key;
}

function boxKey(shared: Buffer, ephemeral: Buffer, recipient: Buffer): Buffer {
  return hkdfSha256Block(shared, INFO, Buffer.concat([ephemeral, recipient]));
}

/** The X25519 base point (u = 9): X25519(private, base point) is the private key's public key, in raw bytes. That
 *  is one scalar multiplication, while exporting the key object as DER goes through OpenSSL's much slower
 *  encoder: this is what the seal of every ballot pays. */
const BASE_POINT = publicFromRaw(Buffer.concat([Buffer.of(9), Buffer.alloc(31)]));

/** A new X25519 key pair: the public key as base64url text (32 bytes), the private key as PKCS#8 DER. */
export function newBoxKeyPair(): { publicKey: string; privateKey: Buffer } {
  const pair = generateKeyPairSync('x25519');
  return { publicKey: rawPublic(pair.publicKey).toString('base64url'), privateKey: pair.privateKey.export({ format: 'der', type: 'pkcs8' }) };
}

/** Seals `plain` to a public key with a fresh ephemeral key pair: `sb1.` + base64(ephemeral public | iv | tag | body). */
export function sealTo(publicKey: string, plain: string, aad: string): string {
  const recipient = Buffer.from(publicKey, 'base64url');
  const eph = generateKeyPairSync('x25519');
  const ephRaw = diffieHellman({ privateKey: eph.privateKey, publicKey: BASE_POINT });
  const shared = diffieHellman({ privateKey: eph.privateKey, publicKey: recipientKey(publicKey) });
  return PREFIX + Buffer.concat([ephRaw, aesSeal(boxKey(shared, ephRaw, recipient), Buffer.from(plain, 'utf8'), aad)]).toString('base64');
}

export function isSealed(value: string): boolean {
  return value.startsWith(PREFIX);
}

/** Opens a box sealed with `sealTo`; throws when the private key or the associated data does not match. */
export function openSealed(privateKeyDer: Buffer, sealed: string, aad: string): string {
  if (!isSealed(sealed)) throw new Error('Not a sealed box');
  const raw = Buffer.from(sealed.slice(PREFIX.length), 'base64');
  const privateKey = createPrivateKey({ key: privateKeyDer, format: 'der', type: 'pkcs8' });
  const recipient = rawPublic(createPublicKey(privateKey));
  const ephRaw = raw.subarray(0, 32);
  const shared = diffieHellman({ privateKey, publicKey: publicFromRaw(ephRaw) });
  return aesOpen(boxKey(shared, ephRaw, recipient), raw.subarray(32), aad).toString('utf8');
}
