import assert from 'node:assert/strict';
import fc from 'fast-check';
import { possibleSizes, publish } from './rule-aware-attacker';

/**
 * Every small hidden group of a published breakdown must keep its whole range 1…k−1 for an attacker who knows the
 * rule. A breakdown with every group hidden shows nothing beyond the question's n (public in the overall view
 * anyway), so it is not checked as a table; it still constrains the others through its total.
 */
function assertUnnarrowed(tables: { key: string; n: number }[][], k: number): void {
  const keys = tables[0]!.map((g) => g.key);
  const published = publish(tables, k);
  published.forEach((table, t) => table.total !== null && table.cells.every((c) => 'hidden' in c) ? undefined : table.cells.forEach((cell, g) => {
    const n = tables[t]![g]!.n;
    if (!('hidden' in cell) || n === 0 || n >= k) return;
    const possible = possibleSizes(published, k, t, g, keys);
    for (let v = 1; v < k; v++) {
      assert.ok(possible.has(v), `table ${t}, group ${keys[g]} (n = ${n}): ${v} ruled out; possible ${[...possible].join(',')}`);
    }
  }));
}

const SEED = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);

describe('suppression against an attacker who knows the rule (issue 12, attack 9)', () => {
  before(() => console.log(`      fast-check seed ${SEED} (rerun with FC_SEED=${SEED})`));

  it('k = 3, groups 3, 2, 16, 2, 9: neither group of 2 can be worked out', () => {
    const groups = [3, 2, 16, 2, 9].map((n, i) => ({ key: `g${i}`, n }));
    assertUnnarrowed([groups], 3);
  });

  it('the June case: Norrland 4 beside Svealand 46 (k = 5) keeps Norrland 1…4', () => {
    assertUnnarrowed([[{ key: 'gotaland', n: 120 }, { key: 'svealand', n: 46 }, { key: 'norrland', n: 4 }]], 5);
  });

  it('a protecting group capped by the respondents table cannot pin the small group (found by this test, seed 1110082776)', () => {
    const keys = ['b0', 'b1', 'b2'];
    const table = (ns: number[]) => ns.map((n, i) => ({ key: keys[i]!, n }));
    assertUnnarrowed([table([4, 4, 3]), table([3, 4, 2]), table([3, 3, 0])], 3);
  });

  // Respondents with two non-nested background dimensions and several questions with item non-response. The
  // last group of each dimension is rare, so tables hide part of a breakdown (not only all of it or nothing).
  const rare = (groups: number) => fc.integer({ min: 0, max: 9 }).map((x) => (x < 5 ? 0 : x < 9 ? 1 : groups - 1));
  const skip = fc.integer({ min: 0, max: 6 }).map((x) => x === 0);
  const panel = fc.record({
    k: fc.integer({ min: 3, max: 4 }),
    people: fc.array(fc.record({ a: rare(3), b: rare(3), skips: fc.array(skip, { minLength: 2, maxLength: 2 }) }), { minLength: 8, maxLength: 30 }),
  });

  it('random panels, two breakdowns, several questions with item non-response: no small hidden group is narrowed', () => {
    fc.assert(fc.property(panel, ({ k, people }) => {
      for (const [dim, size] of [['a', 3], ['b', 3]] as const) {
        const keys = Array.from({ length: size }, (_, i) => `${dim}${i}`);
        const count = (keep: (p: (typeof people)[number]) => boolean) => keys.map((key, i) => ({ key, n: people.filter((p) => p[dim] === i && keep(p)).length }));
        // table 0: everyone who answered (a required question); then two questions some skipped
        assertUnnarrowed([count(() => true), count((p) => !p.skips[0]), count((p) => !p.skips[1])], k);
      }
    }), { seed: SEED, numRuns: Number(process.env.FC_RUNS ?? 60) });
  });
});
