import assert from 'node:assert/strict';
import { suppressResponseRates } from '../../../server/domain/results';

describe('domain/results: response rates under disclosure control', () => {
  const rows = [
    { label: 'Götaland', invited: 20, submitted: 12 },
    { label: 'Svealand', invited: 20, submitted: 6 },
    { label: 'Norrland', invited: 10, submitted: 2 },
  ];

  it('hides a group with fewer than k submitted and one more to protect it, the total shown', () => {
    const rates = suppressResponseRates({ invited: 50, submitted: 20 }, [{ label: 'Landsdel', rows }], 3);
    assert.equal(rates.rate, 40);
    const [g] = rates.groups;
    assert.deepEqual(g!.rows.map((r) => r.hidden), [null, 'complementary', 'primary']);
    assert.deepEqual([...g!.reasons].sort(), ['complementary', 'primary']);
  });

  it('marks a shown group below 50 % as low, never a hidden one; no rate without invitations', () => {
    const rates = suppressResponseRates(undefined, [{ label: 'Landsdel', rows: [...rows, { label: 'Tom', invited: 0, submitted: 0 }] }], 3);
    assert.equal(rates.rate, null);
    const byLabel = new Map(rates.groups[0]!.rows.map((r) => [r.label, r]));
    assert.equal(byLabel.get('Götaland')!.low, false);
    assert.equal(byLabel.get('Norrland')!.hidden, 'primary');
    assert.equal(byLabel.get('Norrland')!.low, false, 'a hidden group (20 %) gets no note');
    assert.equal(byLabel.get('Tom')!.rate, null);
    assert.ok([...byLabel.values()].every((r) => r.low === (!r.hidden && r.rate !== null && r.rate < 50)));
  });
});
