import assert from 'node:assert/strict';
import { escapeCell } from '../../server/export';

describe('escapeCell', () => {
  it('puts an apostrophe before text that a spreadsheet would run as a formula', () => {
    const attacks = ['=1+1', '+46 8 123', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '\n=1', '＝1+1', '＠SUM(A1)'];
    for (const text of attacks) assert.equal(escapeCell(text), `'${text}`);
  });

  it('leaves ordinary text, an en dash and numbers alone', () => {
    assert.equal(escapeCell('Ålands kommun'), 'Ålands kommun');
    assert.equal(escapeCell('– '), '– ');
    assert.equal(escapeCell(' =1'), ' =1');
    assert.equal(escapeCell(''), '');
    assert.equal(escapeCell(-5), -5);
    assert.equal(escapeCell(12.5), 12.5);
  });

  it('turns null, undefined and non-finite numbers into an empty cell', () => {
    assert.equal(escapeCell(null), null);
    assert.equal(escapeCell(undefined), null);
    assert.equal(escapeCell(Number.NaN), null);
    assert.equal(escapeCell(Infinity), null);
  });
});
