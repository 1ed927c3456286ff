import assert from 'node:assert/strict';
import fc from 'fast-check';
import { suppressGroups } from '../../../server/domain/disclosure';

// Each group: a base n in 0..40 split over three answer categories (a single-choice question).
const groupArb = fc
  .record({ n: fc.integer({ min: 0, max: 40 }), a: fc.double({ min: 0, max: 1, noNaN: true }), b: fc.double({ min: 0, max: 1, noNaN: true }) })
  .map(({ n, a, b }) => {
    const first = Math.round(a * n);
    const second = Math.round(b * (n - first));
    return { n, categories: [first, second, n - first - second] };
  });
const tableArb = fc.record({
  groups: fc.array(groupArb, { minLength: 1, maxLength: 8 }).map((groups) => groups.map((g, i) => ({ key: `g${i}`, ...g }))),
  k: fc.integer({ min: 3, max: 10 }),
  totalShown: fc.boolean(),
});
const runs = { numRuns: 2000 };

describe('suppressGroups (property)', () => {
  it('never leaves a group with n < k visible', () => {
    fc.assert(
      fc.property(tableArb, ({ groups, k, totalShown }) => {
        const { suppressed } = suppressGroups(groups, k, { totalShown });
        for (const group of groups) if (!suppressed.has(group.key)) assert.ok(group.n >= k);
      }),
      runs,
    );
  });

  it('without a total, hides exactly the groups below k', () => {
    fc.assert(
      fc.property(tableArb, ({ groups, k }) => {
        const { suppressed } = suppressGroups(groups, k, { totalShown: false });
        assert.deepEqual([...suppressed].sort(), groups.filter((g) => g.n < k).map((g) => g.key).sort());
      }),
      runs,
    );
  });

  it('with a shown total, hides none or at least two groups holding at least k together', () => {
    fc.assert(
      fc.property(tableArb, ({ groups, k }) => {
        const { suppressed, totalSuppressed } = suppressGroups(groups, k, { totalShown: true });
        if (totalSuppressed || suppressed.size === 0) return;
        const hiddenSum = groups.filter((g) => suppressed.has(g.key)).reduce((sum, g) => sum + g.n, 0);
        if (groups.length < 2) return;
        assert.ok(suppressed.size >= 2, 'at least two hidden groups');
        assert.ok(hiddenSum >= k, 'hidden groups hold at least k');
      }),
      runs,
    );
  });
});
