import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createMunicipalityMatcher, type MunicipalityRef } from '../../../server/domain/municipality-match';

// The project's reference list of the 290 municipalities (db/seed/reference/kommuner.csv).
function loadKommuner(): MunicipalityRef[] {
  const csv = readFileSync(new URL('../../../db/seed/reference/kommuner.csv', import.meta.url), 'utf8');
  return csv.trim().split('\n').slice(1).map((line) => {
    const [kommunkod, name] = line.split(',');
    return { kommunkod, name };
  });
}

const kommuner = loadKommuner();
const matcher = createMunicipalityMatcher(kommuner);

describe('domain/municipality-match', () => {
  it('loads all 290 municipalities', () => {
    assert.equal(kommuner.length, 290);
  });

  describe('byCode', () => {
    it('accepts a four-digit code', () => {
      assert.deepEqual(matcher.byCode('0305'), { ok: true, kommunkod: '0305' });
      assert.deepEqual(matcher.byCode(' 1280 '), { ok: true, kommunkod: '1280' });
    });

    it('restores the leading zero Excel drops, and says so', () => {
      const result = matcher.byCode('114');
      assert.equal(result.ok && result.kommunkod, '0114');
      assert.equal(result.ok && result.notice, 'Kommunkoden 114 lästes som 0114 (Upplands Väsby). Excel tar ofta bort den inledande nollan.');
    });

    it('rejects unknown and malformed codes', () => {
      assert.deepEqual(matcher.byCode('9999'), {
        ok: false, reason: 'unknown', message: 'Det finns ingen kommun med kommunkod 9999. En kommunkod har fyra siffror, till exempel 0114.',
      });
      assert.equal(matcher.byCode('999').ok, false);
      assert.equal(matcher.byCode('12').ok, false);
      assert.equal(matcher.byCode('01140').ok, false);
      assert.match(!matcher.byCode('Håbo').ok ? (matcher.byCode('Håbo') as { message: string }).message : '', /”Håbo” är ingen kommunkod/);
      assert.deepEqual(matcher.byCode(''), { ok: false, reason: 'unknown', message: 'Kommunkod saknas.' });
    });
  });

  describe('byName', () => {
    it('matches every name in the list exactly, and its upper-case form', () => {
      for (const m of kommuner) {
        assert.deepEqual(matcher.byName(m.name), { ok: true, kommunkod: m.kommunkod }, m.name);
        assert.deepEqual(matcher.byName(m.name.toLocaleUpperCase('sv-SE')), { ok: true, kommunkod: m.kommunkod }, m.name);
      }
    });

    it('is case-insensitive, trims, normalises to NFC and treats hyphen and space alike', () => {
      assert.deepEqual(matcher.byName('  upplands väsby '), { ok: true, kommunkod: '0114' });
      assert.deepEqual(matcher.byName('Upplands-Väsby'), { ok: true, kommunkod: '0114' });
      assert.deepEqual(matcher.byName('Upplands Bro'), { ok: true, kommunkod: '0139' });
      assert.deepEqual(matcher.byName('Ha\u030abo'), { ok: true, kommunkod: '0305' }); // "Håbo" in NFD
      assert.deepEqual(matcher.byName('ÅRE'), { ok: true, kommunkod: '2321' });
      assert.deepEqual(matcher.byName('öckerö'), { ok: true, kommunkod: '1407' });
    });

    it('accepts "kommun", "stad" and "Region" around the name', () => {
      assert.deepEqual(matcher.byName('Håbo kommun'), { ok: true, kommunkod: '0305' });
      assert.deepEqual(matcher.byName('Malmö stad'), { ok: true, kommunkod: '1280' });
      assert.deepEqual(matcher.byName('Stockholms stad'), { ok: true, kommunkod: '0180' });
      assert.deepEqual(matcher.byName('Borås stad'), { ok: true, kommunkod: '1490' });
      assert.deepEqual(matcher.byName('Region Gotland'), { ok: true, kommunkod: '0980' });
      for (const m of kommuner) {
        assert.deepEqual(matcher.byName(`${m.name} kommun`), { ok: true, kommunkod: m.kommunkod }, m.name);
      }
    });

    it('exact match wins: Habo is Habo (0643) and Håbo is Håbo (0305)', () => {
      assert.deepEqual(matcher.byName('Habo'), { ok: true, kommunkod: '0643' });
      assert.deepEqual(matcher.byName('håbo'), { ok: true, kommunkod: '0305' });
    });

    it('suggests the name when only diacritics differ', () => {
      assert.deepEqual(matcher.byName('Malmo'), {
        ok: false, reason: 'unknown', message: 'Det finns ingen kommun som heter ”Malmo”. Menade du Malmö?',
      });
      assert.match((matcher.byName('Ockero') as { message: string }).message, /Menade du Öckerö\?$/);
      assert.match((matcher.byName('Are') as { message: string }).message, /Menade du Åre\?$/);
      assert.match((matcher.byName('Upplands Vasby kommun') as { message: string }).message, /Menade du Upplands Väsby\?$/);
    });

    it('is ambiguous when the name without diacritics fits several municipalities', () => {
      assert.deepEqual(matcher.byName('Hàbo'), {
        ok: false, reason: 'ambiguous', message: 'Namnet ”Hàbo” kan avse Håbo (0305) eller Habo (0643). Ange kommunkod.',
      });
    });

    it('Håbo/Habo is the only pair of real names that fold together', () => {
      const seen = new Map<string, string[]>();
      for (const m of kommuner) {
        const key = m.name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
        seen.set(key, [...(seen.get(key) ?? []), m.kommunkod]);
      }
      assert.deepEqual([...seen.values()].filter((codes) => codes.length > 1), [['0305', '0643']]);
    });

    it('says plainly when nothing matches', () => {
      assert.deepEqual(matcher.byName('Atlantis'), { ok: false, reason: 'unknown', message: 'Det finns ingen kommun som heter ”Atlantis”.' });
      assert.deepEqual(matcher.byName(' '), { ok: false, reason: 'unknown', message: 'Kommunnamn saknas.' });
    });
  });

  describe('resolve', () => {
    it('accepts code and name that agree, keeping the code notice', () => {
      assert.deepEqual(matcher.resolve({ code: '0305', name: 'Håbo' }), { ok: true, kommunkod: '0305' });
      const padded = matcher.resolve({ code: '139', name: 'Upplands-Bro' });
      assert.equal(padded.ok && padded.kommunkod, '0139');
      assert.ok(padded.ok && padded.notice);
    });

    it('reports a mismatch between code and name', () => {
      assert.deepEqual(matcher.resolve({ code: '0305', name: 'Habo' }), {
        ok: false, reason: 'mismatch', message: 'Kommunkoden 0305 hör till Håbo, inte Habo. Kontrollera kod och namn.',
      });
      assert.equal((matcher.resolve({ code: '0114', name: 'Upplands-Bro' }) as { reason: string }).reason, 'mismatch');
      assert.equal((matcher.resolve({ code: '1280', name: 'Atlantis' }) as { reason: string }).reason, 'mismatch');
    });

    it('lets a name without diacritics pass when the code settles it', () => {
      assert.deepEqual(matcher.resolve({ code: '1280', name: 'Malmo' }), { ok: true, kommunkod: '1280' });
      assert.deepEqual(matcher.resolve({ code: '0305', name: 'Hàbo' }), { ok: true, kommunkod: '0305' });
    });

    it('uses whichever is given, and the code error when the code is wrong', () => {
      assert.deepEqual(matcher.resolve({ name: 'Åre' }), { ok: true, kommunkod: '2321' });
      assert.deepEqual(matcher.resolve({ code: '2321', name: '' }), { ok: true, kommunkod: '2321' });
      assert.equal((matcher.resolve({ code: '9999', name: 'Åre' }) as { reason: string }).reason, 'unknown');
      assert.deepEqual(matcher.resolve({ code: null, name: null }), {
        ok: false, reason: 'unknown', message: 'Ange kommunkod eller kommunnamn.',
      });
    });
  });

  it('refuses a list with duplicate codes or names', () => {
    assert.throws(() => createMunicipalityMatcher([{ kommunkod: '0305', name: 'Håbo' }, { kommunkod: '0305', name: 'X' }]));
    assert.throws(() => createMunicipalityMatcher([{ kommunkod: '0305', name: 'Håbo' }, { kommunkod: '0306', name: 'håbo' }]));
  });
});
