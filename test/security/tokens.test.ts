import assert from 'node:assert/strict';
import { csrfToken } from '../../server/http/csrf';
import { hashSessionToken, readUnsubscribeToken, sessionTokenOf, unsubscribeUrl } from '../../server/services/waves/tokens';
import { hkdfSync } from 'node:crypto';
import { draftKeyFor } from '../../server/services/answering/draft-seal';
import { hkdfSha256Block, hmac, keyedHash, newHashedToken, randomToken, sameSecret, sha256Hex, sign, verifySignature } from '../../server/security/tokens';

const SECRET = 's'.repeat(32);
const OTHER = 't'.repeat(32);

describe('security tokens (random tokens, hashes, HMAC signatures)', () => {
  it('mints 256-bit base64url tokens by default, other lengths on request, never the same twice', () => {
    const t = randomToken();
    assert.match(t, /^[\w-]{43}$/);
    assert.equal(Buffer.from(t, 'base64url').length, 32);
    assert.match(randomToken(16), /^[\w-]{22}$/);
    assert.notEqual(randomToken(), randomToken());
  });

  it('pairs a new token with the SHA-256 of it that is stored', () => {
    const { token, hash } = newHashedToken();
    assert.equal(hash, sha256Hex(token));
    assert.match(hash, /^[0-9a-f]{64}$/);
  });

  // Fixed vectors: tokens and signatures already in databases and mailboxes must keep verifying.
  it('keeps every stored and mailed format byte for byte', () => {
    assert.equal(sha256Hex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    assert.equal(sign(SECRET, 'unsubscribe', '42'), 'xqoCRijkNrpBCRyea1_E5a5L6b6TQeDS2IpTjNhwLtc');
    assert.equal(keyedHash(SECRET, '127.0.0.1'), 'ba5b8273c1da3ad558a744b8c3735040');
    assert.equal(sessionTokenOf('tok'), '0hK5pVhA5iWQlfJjnIg_cI3TnClnKD-n2pjQEV8aNz8');
    assert.equal(hashSessionToken(SECRET, 'x'), 'e672082b82efa48501460ea80fb314ad56a738ed5c7bcbb27dab93a6829a657e');
    assert.equal(csrfToken(SECRET, 'seed', 'key'), 'G1dRhQNn4O0JbAirl8Js3FMjQuWNpTJ_UnmxCC_OSEI');
    assert.equal(hmac(SECRET, 'draft-seal-v1').toString('hex'), 'a18732724c6d2bb71ba15dccfb46198a041dfdbc392dd67886cbbd46bc338024');
  });

  // Drafts already in databases are sealed under keys hkdfSync derived: the two-HMAC form must give the same bytes.
  it('derives the draft key exactly as HKDF-SHA256 does (RFC 5869 vector, and against hkdfSync)', () => {
    // RFC 5869 appendix A.3: empty salt, empty info, IKM 22 × 0x0b; the first 32 bytes of its OKM.
    const rfcIkm = Buffer.alloc(22, 0x0b).toString('latin1');
    assert.equal(hkdfSha256Block(rfcIkm, '').toString('hex'), '8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d');
    for (const token of ['tok', randomToken(), 'å-ä-ö'.repeat(9)]) {
      const expected = Buffer.from(hkdfSync('sha256', Buffer.from(token), Buffer.alloc(0), 'aldreomsorgspanelen draft key v1', 32));
      assert.deepEqual(draftKeyFor(token), expected);
    }
  });

  it('verifies its own signature and nothing else', () => {
    const mac = sign(SECRET, 'answer', 'v');
    assert.ok(verifySignature(SECRET, 'answer', 'v', mac));
    const tampered = (mac[0] === 'A' ? 'B' : 'A') + mac.slice(1);
    assert.ok(!verifySignature(SECRET, 'answer', 'v', tampered), 'a changed character');
    assert.ok(!verifySignature(SECRET, 'answer', 'v', mac.slice(0, -1)), 'shorter');
    assert.ok(!verifySignature(SECRET, 'answer', 'v', mac + 'A'), 'longer');
    assert.ok(!verifySignature(SECRET, 'answer', 'v', ''), 'empty');
    assert.ok(!verifySignature(OTHER, 'answer', 'v', mac), 'another key');
    assert.ok(!verifySignature(SECRET, 'unsubscribe', 'v', mac), 'another purpose');
    assert.ok(!verifySignature(SECRET, 'answer', 'w', mac), 'another value');
  });

  it('compares secrets in constant time, with different lengths simply unequal', () => {
    assert.ok(sameSecret('abc', 'abc'));
    assert.ok(!sameSecret('abc', 'abd'));
    assert.ok(!sameSecret('abc', 'abcd'));
    assert.ok(!sameSecret('å', 'a'));
  });

  it('reads back an unsubscribe link signed under the same key only', () => {
    const raw = unsubscribeUrl('https://x.example', SECRET, 17).split('/avregistrera/')[1]!;
    assert.equal(readUnsubscribeToken(SECRET, raw), 17);
    assert.equal(readUnsubscribeToken(OTHER, raw), null);
    assert.equal(readUnsubscribeToken(SECRET, raw.replace(/^17\./, '18.')), null);
  });
});
