import assert from 'node:assert/strict';
import { allocateLargestRemainder } from '../../scripts/seed/demo-data/largest-remainder';

describe('demo data: allocateLargestRemainder', () => {
  it('gives floors first and leftover seats to the largest remainders', () => {
    // Quotas 3.5, 2.1, 1.4: floors 3+2+1 = 6, the 7th seat goes to the 0.5 remainder.
    assert.deepEqual(allocateLargestRemainder([5, 3, 2], 7), [4, 2, 1]);
  });

  it('breaks equal remainders in favour of the earlier group', () => {
    assert.deepEqual(allocateLargestRemainder([1, 1, 1], 2), [1, 1, 0]);
  });

  it('gives nothing to a zero weight', () => {
    assert.deepEqual(allocateLargestRemainder([0, 2, 2], 3), [0, 2, 1]);
  });

  it('refuses a negative or fractional seat count, and seats with no weight', () => {
    assert.throws(() => allocateLargestRemainder([1], -1), RangeError);
    assert.throws(() => allocateLargestRemainder([1], 1.5), RangeError);
    assert.throws(() => allocateLargestRemainder([0, 0], 1), RangeError);
    assert.deepEqual(allocateLargestRemainder([0, 0], 0), [0, 0]);
  });
});
