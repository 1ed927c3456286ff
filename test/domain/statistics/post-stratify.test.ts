import assert from 'node:assert/strict';
import { postStratifiedShare } from '../../../server/domain/statistics';

const close = (actual: number, expected: number, label: string) => assert.ok(Math.abs(actual - expected) < 1e-9, `${label}: ${actual} ≠ ${expected}`);

// Hand-computed (issue 16 §2): three strata, N = 300.
//   A: N 100, n 10, y 4 → W 1/3, p 0.4;  B: N 50, n 5, y 1 → W 1/6, p 0.2;  C: N 150, n 15, y 9 → W 1/2, p 0.6
//   p̂ = 0.4/3 + 0.2/6 + 0.6/2 = 7/15
//   V = (1/9)(0.9)(0.24/9) + (1/36)(0.9)(0.16/4) + (1/4)(0.9)(0.24/14) = 0.216/81 + 0.036/36 + 0.216/56
//     = 0.0026667 + 0.001 + 0.0038571 = 0.0075238;  SE = 0.0867399;  MOE = 1.96 × SE = 0.1700102
describe('post-stratified estimate for all municipalities', () => {
  const strata = [
    { key: 'A', population: 100, respondents: 10, count: 4 },
    { key: 'B', population: 50, respondents: 5, count: 1 },
    { key: 'C', population: 150, respondents: 15, count: 9 },
  ];

  it('matches the hand-computed share, standard error and margin of error', () => {
    const e = postStratifiedShare(strata);
    assert.ok(e.ok);
    close(e.share, 7 / 15, 'share');
    close(e.standardError ** 2, 0.216 / 81 + 0.036 / 36 + 0.216 / 56, 'variance');
    close(e.marginOfError, 1.96 * Math.sqrt(0.216 / 81 + 0.036 / 36 + 0.216 / 56), 'margin');
    assert.equal(e.population, 300);
    assert.equal(e.respondents, 30);
  });

  it('weights by population, not by answers: an over-answering stratum does not pull the estimate', () => {
    // Unweighted: (4 + 1 + 9) / 30 = 0.4667 too, so make B answer a lot: 45 of 50, 9 yes → p_B 0.2 still.
    const e = postStratifiedShare([strata[0]!, { key: 'B', population: 50, respondents: 45, count: 9 }, strata[2]!]);
    assert.ok(e.ok);
    close(e.share, 7 / 15, 'share unchanged');
  });

  it('a census stratum adds no sampling error (finite-population correction)', () => {
    const census = postStratifiedShare([{ key: 'A', population: 10, respondents: 10, count: 3 }, { key: 'B', population: 10, respondents: 10, count: 7 }]);
    assert.ok(census.ok);
    close(census.share, 0.5, 'share');
    close(census.marginOfError, 0, 'no margin');
    // Same sample without the correction would have a margin: check the correction is really applied.
    const partial = postStratifiedShare([{ key: 'A', population: 20, respondents: 10, count: 3 }, { key: 'B', population: 20, respondents: 10, count: 7 }]);
    assert.ok(partial.ok);
    // V = 2 × (1/4)(1/2)(0.21/9) = 0.21/36
    close(partial.standardError ** 2, 0.21 / 36, 'variance with f = 1/2');
  });

  it('refuses to estimate when a populated stratum has no answers (or a single one below a census)', () => {
    assert.deepEqual(postStratifiedShare([strata[0]!, { key: 'Norrland × glesbygd', population: 12, respondents: 0, count: 0 }]), { ok: false, uncovered: ['Norrland × glesbygd'] });
    assert.deepEqual(postStratifiedShare([strata[0]!, { key: 'X', population: 12, respondents: 1, count: 1 }]), { ok: false, uncovered: ['X'] });
    assert.ok(postStratifiedShare([strata[0]!, { key: 'Gotland', population: 1, respondents: 1, count: 1 }]).ok);
    assert.throws(() => postStratifiedShare([{ key: 'X', population: 5, respondents: 6, count: 1 }]), RangeError);
  });
});
