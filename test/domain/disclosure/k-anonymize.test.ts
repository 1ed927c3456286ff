import assert from 'node:assert/strict';
import fc from 'fast-check';
import { coarsestFirst, kAnonymize, type Background } from '../../../server/domain/disclosure';

const combo = (b: Background) => JSON.stringify(b);

describe('kAnonymize: background values decided on the respondents', () => {
  it('a lone respondent of Norrland × B loses huvudgrupp, then landsdel when Norrland too is rarer than k', () => {
    const rows: Background[] = [
      ...Array.from({ length: 5 }, () => ({ landsdel: 'Svealand', huvudgrupp: 'A' })),
      ...Array.from({ length: 3 }, () => ({ landsdel: 'Norrland', huvudgrupp: 'C' })),
      { landsdel: 'Norrland', huvudgrupp: 'B' },
    ];
    const out = kAnonymize(rows, ['landsdel', 'huvudgrupp'], 3);
    assert.deepEqual(out.slice(0, 5).map(combo), Array(5).fill(combo({ landsdel: 'Svealand', huvudgrupp: 'A' })));
    assert.deepEqual(out.slice(5, 8).map(combo), Array(3).fill(combo({ landsdel: 'Norrland', huvudgrupp: 'C' })));
    assert.deepEqual(out[8], { landsdel: null, huvudgrupp: null }, 'withheld: "uppgift saknas"');
  });

  it('keeps landsdel when the dropped respondents of one landsdel are k together', () => {
    const rows: Background[] = [{ landsdel: 'N', huvudgrupp: 'A' }, { landsdel: 'N', huvudgrupp: 'B' }, { landsdel: 'N', huvudgrupp: 'C' }];
    assert.deepEqual(kAnonymize(rows, ['landsdel', 'huvudgrupp'], 3), Array(3).fill({ landsdel: 'N', huvudgrupp: null }));
  });

  it('orders dimensions coarsest first (län is dropped before landsdel)', () => {
    assert.deepEqual(coarsestFirst(['lan', 'kommungrupp', 'landsdel']), ['landsdel', 'kommungrupp', 'lan']);
  });

  it('property: every released combination with any value is shared by at least k released responses', () => {
    const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
    const row = fc.record({ landsdel: fc.constantFrom('G', 'S', 'N'), huvudgrupp: fc.constantFrom('A', 'B', 'C'), lan: fc.constantFrom('01', '03', '25', '22') });
    fc.assert(fc.property(fc.array(row, { maxLength: 60 }), fc.integer({ min: 3, max: 8 }), fc.subarray(['landsdel', 'huvudgrupp', 'lan'], { minLength: 1 }), (rows, k, dims) => {
      const out = kAnonymize(rows, coarsestFirst(dims), k);
      const sizes = new Map<string, number>();
      for (const b of out) sizes.set(combo(b), (sizes.get(combo(b)) ?? 0) + 1);
      for (const b of out) {
        if (Object.values(b).every((v) => v === null)) continue;
        assert.ok(sizes.get(combo(b))! >= k, `${combo(b)} shared by ${sizes.get(combo(b))} < ${k}`);
      }
      // values are only ever dropped, never changed
      out.forEach((b, i) => { for (const d of dims) assert.ok(b[d] === null || b[d] === rows[i]![d as keyof typeof rows[number]]); });
    }), { seed, numRuns: 500 });
  });
});
