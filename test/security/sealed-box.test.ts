import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { aesOpen, aesSeal, isSealed, newBoxKeyPair, openSealed, sealTo } from '../../server/security/sealed-box';

describe('sealed box (X25519 + HKDF-SHA256 + AES-256-GCM)', () => {
  const pair = newBoxKeyPair();

  it('opens with the private key and the same associated data', () => {
    const sealed = sealTo(pair.publicKey, 'Svar från Växjö', 'ballot:7');
    assert.ok(isSealed(sealed));
    assert.ok(!sealed.includes('Växjö'));
    assert.equal(openSealed(pair.privateKey, sealed, 'ballot:7'), 'Svar från Växjö');
  });

  // Ballots sealed by earlier versions (ephemeral key exported as DER, box key from hkdfSync) must still open.
  it('opens a box sealed by the earlier code (fixed vector)', () => {
    const privateKey = Buffer.from('MC4CAQAwBQYDK2VuBCIEIBCzAejqig8DX0IQKJmTAL3o/w/3VguYTd4cj9r59PpL', 'base64');
    const sealed = 'sb1.aj4BJUVSwLlLqFx+cibcASSFxKaxC1uIzp2yLGU/p2EDiAITapmBdlHSW95fdSzODZnumG+Tq/2Rk/O2suXJ1Y5TOw/BETUu5p2XGxbnVg==';
    assert.equal(openSealed(privateKey, sealed, 'ballot:7'), 'Svar: 42 – åäö');
    assert.throws(() => openSealed(privateKey, sealed, 'ballot:8'));
  });

  it('seals the same text differently every time (fresh ephemeral key and iv)', () => {
    assert.notEqual(sealTo(pair.publicKey, 'x', 'a'), sealTo(pair.publicKey, 'x', 'a'));
  });

  it('refuses another private key, other associated data and any changed byte', () => {
    const sealed = sealTo(pair.publicKey, 'hemligt', 'ballot:1');
    assert.throws(() => openSealed(newBoxKeyPair().privateKey, sealed, 'ballot:1'));
    assert.throws(() => openSealed(pair.privateKey, sealed, 'ballot:2'));
    const raw = Buffer.from(sealed.slice(4), 'base64');
    for (const at of [0, 31, 32, 44, raw.length - 1]) {
      const bad = Buffer.from(raw);
      bad[at]! ^= 1;
      assert.throws(() => openSealed(pair.privateKey, `sb1.${bad.toString('base64')}`, 'ballot:1'), `byte ${at}`);
    }
    assert.throws(() => openSealed(pair.privateKey, '{"answers":{}}', 'ballot:1'));
  });

  it('AES-GCM key wrap: the right key and label open, nothing else does', () => {
    const key = randomBytes(32);
    const box = aesSeal(key, pair.privateKey, 'wave-private-key:3');
    assert.deepEqual(aesOpen(key, box, 'wave-private-key:3'), pair.privateKey);
    assert.throws(() => aesOpen(randomBytes(32), box, 'wave-private-key:3'));
    assert.throws(() => aesOpen(key, box, 'wave-private-key:4'));
  });
});
