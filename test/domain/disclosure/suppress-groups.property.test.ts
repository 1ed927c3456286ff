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

/**
 * What someone holding the published table can conclude about one hidden value: every v for
 * which the other hidden values can make up the rest. They know the hidden sum (total minus
 * visible) and the rule, so each hidden value is at most `cap` (a hidden group is either below k
 * or no larger than the smallest group still visible).
 */
function possibleHiddenValues(hiddenSum: number, hiddenCount: number, cap: number): number[] {
  const values: number[] = [];
  for (let v = 0; v <= Math.min(hiddenSum, cap); v++) {
    if (hiddenSum - v <= (hiddenCount - 1) * cap) values.push(v);
  }
  return values;
}

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
        assert.ok(suppressed.size >= 2, 'at least two hidden groups');
        assert.ok(hiddenSum >= k, 'hidden groups hold at least k');
      }),
      runs,
    );
  });

  it('with a shown total, no hidden base or count can be worked out from the total', () => {
    fc.assert(
      fc.property(tableArb, ({ groups, k }) => {
        const { suppressed, totalSuppressed } = suppressGroups(groups, k, { totalShown: true });
        if (totalSuppressed || suppressed.size === 0) return;
        const hidden = groups.filter((g) => suppressed.has(g.key));
        const visible = groups.filter((g) => !suppressed.has(g.key));
        const total = groups.reduce((sum, g) => sum + g.n, 0);
        const cap = visible.length > 0 ? Math.max(k - 1, Math.min(...visible.map((g) => g.n))) : total;
        // Row -1 is the base n, rows 0..2 the answer categories.
        for (let row = -1; row < 3; row++) {
          const value = (g: (typeof groups)[number]) => (row < 0 ? g.n : g.categories[row]!);
          const hiddenSum = hidden.reduce((sum, g) => sum + value(g), 0);
          // A hidden row sum of 0 says "nobody among these ≥ k respondents chose it" – the same
          // as a visible zero in a group of k or more, which the rule allows.
          if (hiddenSum === 0) continue;
          const possible = possibleHiddenValues(hiddenSum, hidden.length, cap);
          for (const group of hidden) assert.ok(possible.includes(value(group)), 'the true value stays possible');
          assert.ok(possible.length >= 2, `row ${row}: a hidden value is fixed by the total`);
        }
      }),
      runs,
    );
  });

  it('does not depend on the order of the groups', () => {
    fc.assert(
      fc.property(tableArb, ({ groups, k, totalShown }) => {
        const forward = suppressGroups(groups, k, { totalShown });
        const backward = suppressGroups([...groups].reverse(), k, { totalShown });
        assert.deepEqual([...backward.suppressed].sort(), [...forward.suppressed].sort());
      }),
      runs,
    );
  });
});
