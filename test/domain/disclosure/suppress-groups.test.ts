import assert from 'node:assert/strict';
import { suppressGroups } from '../../../server/domain/disclosure';

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

  it('with a total, hides the next smallest group too when one group is below k', () => {
    const result = suppressGroups(landsdelar(40, 25, 3), 5, { totalShown: true });
    assert.deepEqual([...result.suppressed].sort(), ['norrland', 'svealand']);
    assert.equal(result.reasons.get('norrland'), 'primary');
    assert.equal(result.reasons.get('svealand'), 'complementary');
  });

  it('without a total, hides only the groups below k', () => {
    const result = suppressGroups(landsdelar(40, 25, 3), 5, { totalShown: false });
    assert.deepEqual([...result.suppressed], ['norrland']);
  });

  it('hides a third group when two small groups together hold fewer than k', () => {
    const groups = [
      { key: 'a', n: 1 },
      { key: 'b', n: 2 },
      { key: 'c', n: 30 },
      { key: 'd', n: 12 },
    ];
    const result = suppressGroups(groups, 5, { totalShown: true });
    assert.deepEqual([...result.suppressed].sort(), ['a', 'b', 'd']);
    assert.equal(result.reasons.get('d'), 'complementary');
  });

  it('needs no complementary group when two small groups together hold at least k', () => {
    const groups = [
      { key: 'a', n: 3 },
      { key: 'b', n: 4 },
      { key: 'c', n: 30 },
    ];
    assert.deepEqual([...suppressGroups(groups, 5, { totalShown: true }).suppressed].sort(), ['a', 'b']);
  });

  it('keeps hiding while the hidden groups sum to less than k, even empty ones', () => {
    const groups = [
      { key: 'a', n: 0 },
      { key: 'b', n: 0 },
      { key: 'c', n: 4 },
      { key: 'd', n: 9 },
      { key: 'e', n: 20 },
    ];
    // a + b + c = 4 < 5, so d (the smallest visible) goes too; then 13 ≥ 5 and e stays.
    assert.deepEqual([...suppressGroups(groups, 5, { totalShown: true }).suppressed].sort(), ['a', 'b', 'c', 'd']);
  });

  it('breaks ties between equally small groups by key, whatever the input order', () => {
    const groups = [
      { key: 'c', n: 10 },
      { key: 'a', n: 2 },
      { key: 'b', n: 10 },
    ];
    assert.deepEqual([...suppressGroups(groups, 5, { totalShown: true }).suppressed].sort(), ['a', 'b']);
    assert.deepEqual([...suppressGroups([...groups].reverse(), 5, { totalShown: true }).suppressed].sort(), ['a', 'b']);
  });

  it('shows a group of exactly k', () => {
    assert.deepEqual([...suppressGroups(landsdelar(3, 3, 5), 3, { totalShown: false }).suppressed], []);
  });

  it('hides the total and every group when fewer than k answered overall', () => {
    const result = suppressGroups(landsdelar(1, 2, 1), 5, { totalShown: true });
    assert.equal(result.totalSuppressed, true);
    assert.deepEqual([...result.suppressed].sort(), ['gotaland', 'norrland', 'svealand']);
  });

  it('hides everything when only complementary groups remain', () => {
    const result = suppressGroups([{ key: 'a', n: 2 }, { key: 'b', n: 40 }], 5, { totalShown: true });
    assert.deepEqual([...result.suppressed].sort(), ['a', 'b']);
    assert.equal(result.totalSuppressed, false);
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
