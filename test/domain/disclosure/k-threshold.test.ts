import assert from 'node:assert/strict';
import { assertK, DEFAULT_K } from '../../../server/domain/disclosure';

describe('assertK', () => {
  it('accepts the default and the bounds 3 and 50', () => {
    for (const k of [DEFAULT_K, 3, 50]) assert.doesNotThrow(() => assertK(k));
    assert.equal(DEFAULT_K, 5);
  });

  it('refuses k below 3 with a Swedish message', () => {
    assert.throws(() => assertK(2), { name: 'RangeError', message: 'k kan inte vara lägre än 3' });
    assert.throws(() => assertK(0), /lägre än 3/);
  });

  it('refuses k above 50 and k that is not a whole number', () => {
    assert.throws(() => assertK(51), { message: 'k kan inte vara högre än 50' });
    assert.throws(() => assertK(4.5), { message: 'k måste vara ett heltal' });
    assert.throws(() => assertK(Number.NaN), { message: 'k måste vara ett heltal' });
  });
});
