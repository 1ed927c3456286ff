import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildQuestionTables, NO_GROUP, resultRows } from '../../server/domain/results';
import { TEST_DEFINITION } from './fixtures';
import type { AnswerCount } from '../../db/repositories/results-aggregates';

const GROUPS = ['Götaland', 'Svealand', 'Norrland', 'X4', 'X5'];

// Random yes/no answers per group (some groups tiny or empty) and a random k, straight into the builder
// the pages, exports and lägesbild figures all use.
const scenario = fc.record({
  k: fc.integer({ min: 3, max: 12 }),
  groups: fc.array(fc.record({ ja: fc.nat(15), nej: fc.nat(15), vetEj: fc.nat(3) }), { minLength: 2, maxLength: 5 }),
});

describe('results: suppression over random data (property)', () => {
  it('no visible cell below k, and no hidden group recoverable from the visible ones and the total', () => {
    fc.assert(fc.property(scenario, ({ k, groups }) => {
      const names = GROUPS.slice(0, groups.length);
      const counts: AnswerCount[] = names.flatMap((g, i) => (['ja', 'nej', 'vet_ej'] as const).map((code) => ({
        questionKey: 'brist', item: '', code, num: null, group: g, count: code === 'ja' ? groups[i]!.ja : code === 'nej' ? groups[i]!.nej : groups[i]!.vetEj,
      })));
      const responses = names.map((g, i) => ({ group: g, n: groups[i]!.ja + groups[i]!.nej + groups[i]!.vetEj }));
      const [table] = buildQuestionTables(TEST_DEFINITION, { counts, respondents: [], responses }, names.map((g) => ({ key: g, label: g })), k);
      const t = table!.table;
      const n = (g: string) => responses.find((r) => r.group === g)!.n;
      const total = responses.reduce((a, r) => a + r.n, 0);
      const hidden = t.groups.filter((g) => g.suppressed);

      for (const g of t.groups) {
        if (!g.suppressed) assert.ok(g.n! >= k, `visible group ${g.key} has n = ${g.n} < k = ${k}`);
        if (g.suppressed) assert.ok(Object.values(t.rows).every((r) => r.cells[g.key] === null));
      }
      if (t.total!.suppressed) return assert.ok(t.groups.every((g) => g.suppressed));
      assert.ok(total >= k);
      if (hidden.length > 0) {
        // Total minus the visible groups gives only the hidden groups' sum: at least two groups, together ≥ k.
        assert.ok(hidden.length >= 2, 'a single hidden group could be computed from the total');
        assert.ok(hidden.reduce((a, g) => a + n(g.key), 0) >= k, 'the hidden groups together are below k');
        for (const row of t.rows) {
          const visibleSum = t.groups.filter((g) => !g.suppressed).reduce((a, g) => a + (row.cells[g.key] ?? 0), 0);
          const hiddenSum = (row.total ?? 0) - visibleSum;
          assert.ok(hiddenSum >= 0);
        }
      }
      // What a reader sees (formatted rows) never shows a number for a hidden group.
      const rows = resultRows(table!, 'Landsdel');
      for (const row of rows.rows) {
        const group = t.groups.find((g) => g.label === (row[0]!.kind === 'text' ? row[0]!.text : ''));
        if (group?.suppressed) assert.ok(row.slice(1).every((c) => c.kind === 'text' || (c.hidden && c.value === null)));
      }
      assert.ok(!t.groups.some((g) => g.key === NO_GROUP));
    }), { numRuns: 400 });
  });
});
