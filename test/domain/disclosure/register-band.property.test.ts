import assert from 'node:assert/strict';
import fc from 'fast-check';
import { kAnonymize } from '../../../server/domain/disclosure';
import { bandLabelOf, fixBands, NO_BAND } from '../../../server/domain/register/bands';
import { propertyRuns } from '../../support/property';
import { possibleSizes, publish } from './rule-aware-attacker';

/**
 * Issue 18, acceptance 4: a breakdown by a register band respects k on the RESPONDENTS. For random panels (register
 * values, some missing), random respondents and answers with item non-response, the whole path — bands fixed over
 * the panel, band label on the ballot, k-anonymous background at release, suppression of the published tables —
 * never shows a group below k, and no small hidden group can be worked back from the totals by an attacker who
 * knows the rule.
 */
const municipality = fc.record({
  value: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null, freq: 8 }),
  answered: fc.integer({ min: 0, max: 9 }).map((x) => x < 6),
  skips: fc.integer({ min: 0, max: 5 }).map((x) => x === 0),
});
const panelArb = fc.record({ k: fc.integer({ min: 3, max: 5 }), members: fc.array(municipality, { minLength: 6, maxLength: 40 }) });

describe('register band breakdown respects k on respondents (property, issue 18)', () => {
  it('no published band cell below k; no suppressed cell recoverable by subtraction', () => {
    fc.assert(fc.property(panelArb, ({ k, members }) => {
      const codes = members.map((_, i) => String(1000 + i));
      const values = members.flatMap((m, i) => (m.value === null ? [] : [{ kommunkod: codes[i]!, year: 2025, value: m.value }]));
      const band = fixBands({ id: 1, key: 'K1', name: 'Test' }, values, new Set(codes));
      if (!band) return;
      const respondents = members.flatMap((m, i) => (m.answered ? [{ bg: { band: bandLabelOf(band, codes[i]!) }, skips: m.skips }] : []));
      const released = kAnonymize(respondents.map((r) => r.bg), ['band'], k);

      // Released values: every band label kept is shared by at least k respondents.
      const sizes = new Map<string | null, number>();
      for (const r of released) sizes.set(r.band ?? null, (sizes.get(r.band ?? null) ?? 0) + 1);
      for (const [label, n] of sizes) if (label !== null) assert.ok(n >= k, `${label}: ${n} < ${k}`);

      // Tables of the breakdown in the fixed order (bands lowest first, "Uppgift saknas" last).
      const keys = [...band.labels, NO_BAND];
      const count = (keep: (i: number) => boolean) => keys.map((key) => ({
        key, n: released.filter((r, i) => (r.band ?? NO_BAND) === key && keep(i)).length,
      }));
      const tables = [count(() => true), count((i) => !respondents[i]!.skips)];
      const published = publish(tables, k);
      published.forEach((table, t) => table.cells.forEach((cell, g) => {
        if ('n' in cell && cell.n > 0) assert.ok(cell.n >= k, `table ${t}: ${keys[g]} shows ${cell.n} < ${k}`);
      }));
      // The attacker: each small hidden group keeps every size 1…k−1 (a fully hidden table shows nothing to attack).
      published.forEach((table, t) => {
        if (table.total !== null && table.cells.every((c) => 'hidden' in c)) return;
        table.cells.forEach((cell, g) => {
          const n = tables[t]![g]!.n;
          if (!('hidden' in cell) || n === 0 || n >= k) return;
          const possible = possibleSizes(published, k, t, g, keys);
          for (let v = 1; v < k; v++) assert.ok(possible.has(v), `table ${t}, ${keys[g]} (n = ${n}): ${v} ruled out`);
        });
      });
    }), propertyRuns(150));
  });
});
