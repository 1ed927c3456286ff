import assert from 'node:assert/strict';
import { excelCellText, numberToPlainText } from '../../../server/domain/tabular/excel-cell-text';

describe('domain/tabular: excel cell text', () => {
  it('writes numbers without exponent', () => {
    assert.equal(numberToPlainText(114), '114');
    assert.equal(numberToPlainText(-2.5), '-2.5');
    assert.equal(numberToPlainText(1e21), '1000000000000000000000');
    assert.equal(numberToPlainText(1.25e22), '12500000000000000000000');
    assert.equal(numberToPlainText(1.5e-7), '0.00000015');
    assert.equal(numberToPlainText(-1.5e-7), '-0.00000015');
    assert.equal(numberToPlainText(0.1 + 0.2), '0.3');
  });

  it('writes dates as YYYY-MM-DD, with time only when there is one', () => {
    assert.equal(excelCellText(new Date(Date.UTC(2026, 2, 29))), '2026-03-29');
    assert.equal(excelCellText(new Date(Date.UTC(2026, 2, 29, 14, 5))), '2026-03-29 14:05');
  });

  it('takes the result of a formula and the text of an error', () => {
    assert.equal(excelCellText({ formula: 'A1', result: 7 } as never), '7');
    assert.equal(excelCellText({ error: '#N/A' } as never), '#N/A');
    assert.equal(excelCellText(false), 'FALSKT');
  });
});
