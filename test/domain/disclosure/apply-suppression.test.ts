import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applySuppression, type BreakdownTable } from '../../../server/domain/disclosure';

const PRIMARY = '.. = för få svar: gruppen har färre än 5 svarande, så uppgiften visas inte.';
const COMPLEMENTARY = '× = dold för att skydda en annan grupp: annars skulle en grupp med för få svar kunna räknas fram ur totalen.';

function landsdelTable(withTotal: boolean, norrland = 3): BreakdownTable {
  const table: BreakdownTable = {
    groups: [
      { key: 'gotaland', label: 'Götaland', n: 40 },
      { key: 'svealand', label: 'Svealand', n: 25 },
      { key: 'norrland', label: 'Norrland', n: norrland },
    ],
    rows: [
      { key: 'ja', label: 'Ja', cells: { gotaland: 39, svealand: 20, norrland: 2 }, total: 61 },
      { key: 'nej', label: 'Nej', cells: { gotaland: 1, svealand: 5, norrland: norrland - 2 }, total: 4 + norrland },
    ],
  };
  if (withTotal) table.total = { label: 'Totalt', n: 65 + norrland };
  return table;
}

describe('applySuppression', () => {
  it('hides a small group and a complementary one when the total is shown, without naming either', () => {
    const shown = applySuppression(landsdelTable(true), 5);
    assert.deepEqual(shown.groups.map((g) => [g.key, g.n, g.suppressed]), [
      ['gotaland', 40, false],
      ['svealand', null, true],
      ['norrland', null, true],
    ]);
    assert.deepEqual(shown.rows[0], { key: 'ja', label: 'Ja', cells: { gotaland: 39, svealand: null, norrland: null }, total: 61 });
    // A cell count of 1 in a group of 40 is fine: suppression is on the group's base.
    assert.equal(shown.rows[1]!.cells.gotaland, 1);
    assert.deepEqual(shown.total, { label: 'Totalt', n: 68, suppressed: false });
    assert.deepEqual(shown.footnotes, [PRIMARY, COMPLEMENTARY, '2 grupper visas inte: 1 med för få svar och 1 för att skydda den.']);
    assert.deepEqual(shown.groups.map((g) => g.reason), [null, 'complementary', 'primary']);
  });

  it('applies only primary suppression and gives rows no total when there is no total column', () => {
    const shown = applySuppression(landsdelTable(false), 5);
    assert.deepEqual(shown.rows[1], { key: 'nej', label: 'Nej', cells: { gotaland: 1, svealand: 5, norrland: null } });
    assert.equal(shown.total, undefined);
    assert.deepEqual(shown.footnotes, [PRIMARY, '1 grupp visas inte eftersom den har för få svar.']);
  });

  it('hides everything, the total too, when fewer than k answered overall', () => {
    const table: BreakdownTable = {
      groups: [
        { key: 'a', label: 'A', n: 2 },
        { key: 'b', label: 'B', n: 1 },
      ],
      rows: [{ key: 'medel', label: 'Medelvärde', cells: { a: 3.5, b: 4 }, total: 3.67 }],
      total: { label: 'Totalt', n: 3 },
    };
    const shown = applySuppression(table, 4);
    assert.deepEqual(shown.rows[0], { key: 'medel', label: 'Medelvärde', cells: { a: null, b: null }, total: null });
    assert.deepEqual(shown.total, { label: 'Totalt', n: null, suppressed: true });
    assert.deepEqual(shown.footnotes, ['.. = inga resultat visas eftersom färre än 4 har svarat totalt.']);
  });

  it('uses k = 5 by default, shows a group of exactly k and keeps nulls that were already there', () => {
    const shown = applySuppression(landsdelTable(false, 5));
    assert.equal(shown.k, 5);
    assert.equal(shown.groups[2]!.n, 5);
    assert.deepEqual(shown.footnotes, []);
    const withGap = landsdelTable(false, 5);
    withGap.rows[0]!.cells = { gotaland: null };
    assert.deepEqual(applySuppression(withGap).rows[0]!.cells, { gotaland: null, svealand: null, norrland: null });
  });

  it('never shows a figure or a base n for a group below k (property)', () => {
    const arb = fc.record({
      sizes: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 8 }),
      k: fc.integer({ min: 3, max: 10 }),
      withTotal: fc.boolean(),
    });
    fc.assert(
      fc.property(arb, ({ sizes, k, withTotal }) => {
        const groups = sizes.map((n, i) => ({ key: `g${i}`, label: `Grupp ${i}`, n }));
        const cells = Object.fromEntries(groups.map((g) => [g.key, g.n]));
        const overall = sizes.reduce((a, b) => a + b, 0);
        const table: BreakdownTable = { groups, rows: [{ key: 'n', label: 'Antal', cells, total: overall }] };
        if (withTotal) table.total = { label: 'Totalt', n: overall };
        const shown = applySuppression(table, k);
        for (const group of shown.groups) {
          if (group.n !== null) assert.ok(group.n >= k);
          const cell = shown.rows[0]!.cells[group.key];
          assert.ok(cell === null || cell >= k);
        }
        if (shown.total?.n != null) assert.ok(shown.total.n >= k);
        assert.equal(shown.footnotes.length > 0, shown.groups.some((g) => g.suppressed));
      }),
      { numRuns: 1000 },
    );
  });
});
