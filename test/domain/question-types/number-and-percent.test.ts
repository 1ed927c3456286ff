import assert from 'node:assert/strict';
import { number, numberSchema } from '../../../server/domain/question-types/number';
import { formatSwedishNumber, parseSwedishNumber } from '../../../server/domain/question-types/number-parsing';
import { percent, percentSchema } from '../../../server/domain/question-types/percent';

describe('parseSwedishNumber', () => {
  const cases: [string, number | null][] = [
    ['12', 12], ['12,5', 12.5], ['12.5', 12.5], ['1 200', 1200], ['1\u00a0200,75', 1200.75], ['-3', -3],
    ['\u22123,5', -3.5], [',5', 0.5], ['0', 0], ['-0', 0],
    ['12abc', null], ['1 2', null], ['1,2,3', null], ['12 00', null], ['', null], ['-', null], [',', null], ['1e5', null],
  ];
  for (const [input, expected] of cases) {
    it(`reads ${JSON.stringify(input)} as ${expected}`, () => assert.equal(parseSwedishNumber(input), expected));
  }

  it('writes numbers back with a decimal comma', () => {
    assert.equal(formatSwedishNumber(1200.75), '1200,75');
  });
});

describe('number', () => {
  const def = numberSchema.parse({
    key: 'vikarier', type: 'number', text: 'Antal vikarier', required: true, min: 0, max: 500, integer: true, unit: 'personer',
  });
  const check = (text: string, required = true) => number.validate(def, number.parse(def, { q_vikarier: text }), required);

  it('accepts min and max inclusive, refuses just outside', () => {
    assert.equal(check('0'), null);
    assert.equal(check('500'), null);
    assert.equal(check('-1'), 'Ange ett tal mellan 0 och 500');
    assert.equal(check('501'), 'Ange ett tal mellan 0 och 500');
  });

  it('refuses decimals on an integer question and text that is not a number', () => {
    assert.equal(check('12,5'), 'Ange ett heltal, utan decimaler');
    assert.equal(check('12abc'), 'Ange ett heltal, till exempel 12');
  });

  it('treats blank as not answered', () => {
    assert.equal(number.parse(def, { q_vikarier: '   ' }), undefined);
    assert.equal(check(''), 'Ange ett tal');
    assert.equal(check('', false), null);
  });

  it('shows what was typed when it could not be read, and the unit as a suffix', () => {
    const view = number.view(def, number.parse(def, { q_vikarier: '12abc' }), 'Ange ett heltal, till exempel 12');
    if (view.partial !== 'text-input') assert.fail('expected text input');
    assert.equal(view.value, '12abc');
    assert.equal(view.suffix, 'personer');
    assert.equal(view.inputmode, 'numeric');
  });

  it('stores the number in num and aggregates numerically', () => {
    assert.deepEqual(number.toRows(def, { num: 1200 }), [{ item: null, code: null, num: 1200, text: null }]);
    assert.deepEqual(number.aggregation(def), { kind: 'numeric', integer: true, unit: 'personer', min: 0, max: 500 });
    assert.deepEqual(number.formatAnswer(def, { num: 1200 }), ['1200 personer']);
  });

  it('states a one-sided range in words', () => {
    const atLeast = numberSchema.parse({ key: 'x', type: 'number', text: 'X', required: true, min: 1 });
    assert.equal(number.validate(atLeast, { num: 0.5 }, true), 'Ange ett tal som är 1 eller större');
    const atMost = numberSchema.parse({ key: 'x', type: 'number', text: 'X', required: true, max: 2.5 });
    assert.equal(number.validate(atMost, { num: 3 }, true), 'Ange ett tal som är högst 2,5');
    const view = number.view(atMost, { num: -1 }, null);
    assert.equal(view.partial === 'text-input' ? view.inputmode : null, 'decimal');
  });
});

describe('percent', () => {
  const def = percentSchema.parse({ key: 'andel', type: 'percent', text: 'Andel', required: true });
  const check = (text: string) => percent.validate(def, percent.parse(def, { q_andel: text }), true);

  it('accepts 0 and 100, decimal comma and a trailing %', () => {
    assert.equal(check('0'), null);
    assert.equal(check('100'), null);
    assert.deepEqual(percent.parse(def, { q_andel: '62,5 %' }), { num: 62.5 });
  });

  it('refuses values outside 0–100 and text', () => {
    assert.equal(check('100,1'), 'Ange ett tal mellan 0 och 100');
    assert.equal(check('-0,5'), 'Ange ett tal mellan 0 och 100');
    assert.equal(check('hälften'), 'Ange ett tal, till exempel 12 eller 12,5');
  });

  it('aggregates as a numeric 0–100 with unit %', () => {
    assert.deepEqual(percent.aggregation(def), { kind: 'numeric', integer: false, unit: '%', min: 0, max: 100 });
  });
});
