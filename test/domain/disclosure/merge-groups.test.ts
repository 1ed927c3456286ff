import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mergeGroups } from '../../../server/domain/disclosure';

describe('mergeGroups: small groups merged with their fixed neighbour', () => {
  it('Norrland (4) joins Svealand (46): "Norrland och Svealand" keeps every cell ≥ k', () => {
    const merged = mergeGroups([{ key: 'Götaland', n: 120 }, { key: 'Svealand', n: 46 }, { key: 'Norrland', n: 4 }], 5);
    assert.deepEqual(merged, [{ key: 'Götaland', members: ['Götaland'], n: 120 }, { key: 'Svealand+Norrland', members: ['Svealand', 'Norrland'], n: 50 }]);
  });

  it('property: merged groups keep every cell ≥ k (or one group is left) and lose nobody', () => {
    fc.assert(fc.property(fc.array(fc.nat(30), { minLength: 1, maxLength: 9 }), fc.integer({ min: 3, max: 10 }), (sizes, k) => {
      const merged = mergeGroups(sizes.map((n, i) => ({ key: `g${i}`, n })), k);
      if (merged.length > 1) for (const m of merged) assert.ok(m.n >= k);
      assert.equal(merged.reduce((s, m) => s + m.n, 0), sizes.reduce((s, n) => s + n, 0));
      assert.deepEqual(merged.flatMap((m) => m.members), sizes.map((_, i) => `g${i}`), 'order kept, contiguous blocks');
    }), { numRuns: 500 });
  });
});
