import assert from 'node:assert/strict';
import { quantileFromHistogram, summariseHistogram } from '../../../server/domain/statistics';

const ones = (...values: number[]) => values.map((value) => ({ value, count: 1 }));

describe('summariseHistogram', () => {
  it('summarises an odd number of values', () => {
    // Sorted 1..5: h = 4p, so Q1 = x[1], median = x[2], Q3 = x[3].
    assert.deepEqual(summariseHistogram(ones(1, 2, 3, 4, 5)), { n: 5, mean: 3, median: 3, q1: 2, q3: 4, min: 1, max: 5 });
  });

  it('interpolates between neighbours for an even number of values (type 7, as R and Excel)', () => {
    // 1..4: median h = 1.5 → 2.5; Q1 h = 0.75 → 1.75; Q3 h = 2.25 → 3.25.
    assert.deepEqual(summariseHistogram(ones(4, 3, 2, 1)), { n: 4, mean: 2.5, median: 2.5, q1: 1.75, q3: 3.25, min: 1, max: 4 });
  });

  it('expands repeated values through their counts', () => {
    // [1, 1, 3, 5, 5, 5]: mean 20/6; median h = 2.5 → (3 + 5)/2; Q1 h = 1.25 → 1 + 0.25·2; Q3 h = 3.75 → 5.
    const summary = summariseHistogram([
      { value: 5, count: 3 },
      { value: 1, count: 2 },
      { value: 3, count: 1 },
    ]);
    assert.deepEqual({ ...summary, mean: Number(summary.mean!.toFixed(6)) }, { n: 6, mean: 3.333333, median: 4, q1: 1.5, q3: 5, min: 1, max: 5 });
  });

  it('merges bins with the same value and skips empty bins', () => {
    // [1, 5, 5, 5]: median h = 1.5 → 5; Q1 h = 0.75 → 1 + 0.75·4 = 4.
    const summary = summariseHistogram([
      { value: 5, count: 1 },
      { value: 9, count: 0 },
      { value: 1, count: 1 },
      { value: 5, count: 2 },
    ]);
    assert.deepEqual(summary, { n: 4, mean: 4, median: 5, q1: 4, q3: 5, min: 1, max: 5 });
  });

  it('gives the value itself for a single value, however often it occurs', () => {
    assert.deepEqual(summariseHistogram(ones(7)), { n: 1, mean: 7, median: 7, q1: 7, q3: 7, min: 7, max: 7 });
    assert.deepEqual(summariseHistogram([{ value: -2, count: 9 }]), { n: 9, mean: -2, median: -2, q1: -2, q3: -2, min: -2, max: -2 });
  });

  it('returns n = 0 and nulls when nobody answered', () => {
    const empty = { n: 0, mean: null, median: null, q1: null, q3: null, min: null, max: null };
    assert.deepEqual(summariseHistogram([]), empty);
    assert.deepEqual(summariseHistogram([{ value: 3, count: 0 }]), empty);
  });

  it('rejects counts and values a GROUP BY cannot produce', () => {
    assert.throws(() => summariseHistogram([{ value: 1, count: -1 }]), /Ogiltigt antal/);
    assert.throws(() => summariseHistogram([{ value: 1, count: 1.5 }]), /Ogiltigt antal/);
    assert.throws(() => summariseHistogram([{ value: Number.NaN, count: 1 }]), /Ogiltigt värde/);
  });
});

describe('quantileFromHistogram', () => {
  it('gives min at p = 0, max at p = 1 and interpolates in between', () => {
    const hist = ones(1, 2, 3, 4, 5);
    assert.equal(quantileFromHistogram(hist, 0), 1);
    assert.equal(quantileFromHistogram(hist, 1), 5);
    assert.equal(quantileFromHistogram(hist, 0.9), 4.6); // h = 3.6 → 4 + 0.6·1
    assert.equal(quantileFromHistogram([], 0.5), null);
  });

  it('rejects p outside 0..1', () => {
    assert.throws(() => quantileFromHistogram(ones(1), 1.5), /Ogiltig kvantil/);
    assert.throws(() => quantileFromHistogram(ones(1), Number.NaN), /Ogiltig kvantil/);
  });
});
