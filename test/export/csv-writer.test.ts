import assert from 'node:assert/strict';
import fc from 'fast-check';
import { csvNumber, toCsv } from '../../server/export';
import { parseCsv } from './parse-csv';

// Written out here rather than taken from the code under test (OWASP's list plus LF and full-width forms).
const FORMULA_START = /^[=+\-@\t\r\n＝＋－＠]/;

describe('toCsv', () => {
  it('writes a BOM, ";" separators and CRLF after every line', () => {
    const csv = toCsv(['Kommun', 'Svar'], [['Ale', 12], ['Borås', null]]);
    assert.equal(csv, '\uFEFFKommun;Svar\r\nAle;12\r\nBorås;\r\n');
  });

  it('leaves the BOM out on request', () => {
    assert.equal(toCsv(['a'], [], { bom: false }), 'a\r\n');
  });

  it('quotes fields holding ; " CR or LF and doubles the quotes', () => {
    const csv = toCsv(['Fråga'], [['ja; nej'], ['"citat"'], ['rad 1\r\nrad 2'], ['rad\n2'], ['ren text']], { bom: false });
    assert.equal(csv, 'Fråga\r\n"ja; nej"\r\n"""citat"""\r\n"rad 1\r\nrad 2"\r\n"rad\n2"\r\nren text\r\n');
  });

  it('escapes formula text in headers, cells and footnotes but keeps numbers as numbers', () => {
    const csv = toCsv(['=rubrik', 'Värde'], [['=HYPERLINK("http://x")', -5], ['+1', -0.5], ['@A1', 3], ['-1', 0]], {
      bom: false,
      footnotes: ['-fotnot'],
    });
    assert.deepEqual(parseCsv(csv), [
      ["'=rubrik", 'Värde'],
      ['\'=HYPERLINK("http://x")', '-5'],
      ["'+1", '-0,5'],
      ["'@A1", '3'],
      ["'-1", '0'],
      [''],
      ["'-fotnot"],
    ]);
  });

  it('writes tab and CR starts escaped and quoted', () => {
    assert.equal(toCsv(['\t=1', '\r=1'], [], { bom: false }), '\'\t=1;"\'\r=1"\r\n');
  });

  it('writes footnotes after an empty line', () => {
    const csv = toCsv(['Grupp', 'Andel'], [['Norrland', '–']], { bom: false, footnotes: ['– = uppgiften visas inte.'] });
    assert.equal(csv, 'Grupp;Andel\r\nNorrland;–\r\n\r\n– = uppgiften visas inte.\r\n');
  });

  it('never lets a written string cell start like a formula (property)', () => {
    const piece = fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ';', '"', ',', 'a', 'å', ' ', '1', '＝');
    const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
    const rows = fc.array(fc.array(text, { minLength: 2, maxLength: 2 }), { maxLength: 6 });
    fc.assert(
      fc.property(fc.array(text, { minLength: 2, maxLength: 2 }), rows, (headers, body) => {
        const parsed = parseCsv(toCsv(headers, body));
        assert.equal(parsed.length, body.length + 1);
        for (const [r, record] of parsed.entries()) {
          const source = r === 0 ? headers : body[r - 1]!;
          for (const [c, field] of record.entries()) {
            assert.equal(FORMULA_START.test(field), false, JSON.stringify(field));
            // Nothing but the apostrophe is added or lost.
            assert.equal((field.startsWith("'") ? field.slice(1) : field), source[c]);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('csvNumber', () => {
  it('uses a decimal comma, no grouping and no exponent', () => {
    assert.equal(csvNumber(1234.5), '1234,5');
    assert.equal(csvNumber(-0.25), '-0,25');
    assert.equal(csvNumber(1e-7), '0,0000001');
    assert.equal(csvNumber(-0), '0');
    assert.equal(csvNumber(42), '42');
  });
});
