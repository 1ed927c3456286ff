/**
 * Splits `seats` over groups in proportion to their weights with the largest-remainder (Hamilton)
 * method: every group gets the floor of its exact quota, and the seats left over go to the largest
 * fractional parts. So each group ends within one seat of its exact quota, and the total is exact.
 * Ties go to the earlier group, which keeps the result independent of floating-point noise order.
 */
export function allocateLargestRemainder(weights: readonly number[], seats: number): number[] {
  const totalWeight = weights.reduce((sum, w) => sum + w, 0);
  if (!Number.isInteger(seats) || seats < 0) throw new RangeError(`Invalid seat count: ${seats}`);
  if (totalWeight <= 0) {
    if (seats === 0) return weights.map(() => 0);
    throw new RangeError('Cannot allocate seats when all weights are zero');
  }
  const quotas = weights.map((w) => (w * seats) / totalWeight);
  const allocation = quotas.map(Math.floor);
  let left = seats - allocation.reduce((sum, a) => sum + a, 0);
  const byRemainder = quotas
    .map((q, index) => ({ index, remainder: q - Math.floor(q) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left === 0) break;
    allocation[index] += 1;
    left -= 1;
  }
  return allocation;
}
