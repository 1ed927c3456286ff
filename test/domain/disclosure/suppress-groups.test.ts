import assert from 'node:assert/strict';
import { suppressBreakdown, suppressGroups } from '../../../server/domain/disclosure';

const landsdelar = (gotaland: number, svealand: number, norrland: number) => [
  { key: 'gotaland', n: gotaland },
  { key: 'svealand', n: svealand },
  { key: 'norrland', n: norrland },
];

describe('suppressGroups', () => {
  it('hides nothing when every group has at least k respondents', () => {
    const result = suppressGroups(landsdelar(40, 25, 5), 5, { totalShown: true });
    assert.deepEqual([...result.suppressed], []);
    assert.equal(result.totalSuppressed, false);
  });

  it('with a total, hides the small group and its fixed partner (the last group: the one before it)', () => {
    const result = suppressGroups(landsdelar(40, 25, 3), 5, { totalShown: true });
    assert.deepEqual([...result.suppressed].sort(), ['norrland', 'svealand']);
    assert.equal(result.reasons.get('norrland'), 'primary');
    assert.equal(result.reasons.get('svealand'), 'complementary');
  });

  it('chooses the partner by the fixed order, never by size (not "the smallest other group")', () => {
    const result = suppressGroups(landsdelar(3, 25, 400), 5, { totalShown: true });
    assert.deepEqual([...result.suppressed].sort(), ['gotaland', 'svealand']);
  });

  it('without a total, hides only the groups below k', () => {
    const result = suppressGroups(landsdelar(40, 25, 3), 5, { totalShown: false });
    assert.deepEqual([...result.suppressed], ['norrland']);
  });

  it('grows the hidden block outwards while it holds no group of at least k', () => {
    const groups = [{ key: 'a', n: 30 }, { key: 'b', n: 20 }, { key: 'c', n: 2 }, { key: 'd', n: 1 }];
    const result = suppressGroups(groups, 5, { totalShown: true });
    assert.deepEqual([...result.suppressed].sort(), ['b', 'c', 'd']);
    assert.equal(result.reasons.get('b'), 'complementary');
  });

  it('hides the whole table (one mark for all) when the hidden groups could not cover every size 1…k−1', () => {
    // 2 + 5 = 7 < (k−1) + k + (k−2) = 12: Norrland could not be 1…4 with Svealand ≥ 5 shown as "protecting".
    const result = suppressGroups(landsdelar(40, 5, 2), 5, { totalShown: true });
    assert.deepEqual([...result.suppressed].sort(), ['gotaland', 'norrland', 'svealand']);
    assert.deepEqual([...result.reasons.values()], ['complementary', 'complementary', 'complementary']);
  });

  it('hides the same block in every table of a breakdown', () => {
    const [first, second] = suppressBreakdown([landsdelar(40, 25, 9), landsdelar(40, 25, 3)], 5, { totalShown: true });
    assert.deepEqual([...first!.suppressed].sort(), ['norrland', 'svealand']);
    assert.deepEqual([...first!.reasons.values()], ['complementary', 'complementary']);
    assert.deepEqual([...second!.suppressed].sort(), ['norrland', 'svealand']);
  });

  it('shows a group of exactly k', () => {
    assert.deepEqual([...suppressGroups(landsdelar(3, 3, 5), 3, { totalShown: false }).suppressed], []);
  });

  it('hides the total and every group when fewer than k answered overall', () => {
    const result = suppressGroups(landsdelar(1, 2, 1), 5, { totalShown: true });
    assert.equal(result.totalSuppressed, true);
    assert.deepEqual([...result.suppressed].sort(), ['gotaland', 'norrland', 'svealand']);
  });

  it('rejects an invalid k, negative or fractional counts and repeated keys', () => {
    assert.throws(() => suppressGroups(landsdelar(9, 9, 9), 2, { totalShown: true }), /k kan inte vara lägre än 3/);
    assert.throws(() => suppressGroups(landsdelar(9, -1, 9), 5, { totalShown: true }), /ogiltigt antal/);
    assert.throws(() => suppressGroups(landsdelar(9, 1.5, 9), 5, { totalShown: true }), /ogiltigt antal/);
    assert.throws(
      () => suppressGroups([{ key: 'a', n: 9 }, { key: 'a', n: 9 }], 5, { totalShown: true }),
      /förekommer två gånger/,
    );
  });
});
