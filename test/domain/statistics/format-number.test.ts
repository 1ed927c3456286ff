import assert from 'node:assert/strict';
import { formatNumber, formatPercent, percent } from '../../../server/domain/statistics';

const NBSP = '\u00A0';

describe('formatNumber', () => {
  it('groups thousands with a no-break space and uses a decimal comma', () => {
    assert.equal(formatNumber(1234.5, 1), `1${NBSP}234,5`);
    assert.equal(formatNumber(1234567), `1${NBSP}234${NBSP}567`);
    assert.equal(formatNumber(1000), `1${NBSP}000`);
    assert.equal(formatNumber(999), '999');
    assert.equal(formatNumber(3, 2), '3,00');
  });

  it('rounds half away from zero on the number as written', () => {
    assert.equal(formatNumber(2.675, 2), '2,68'); // toFixed would give 2.67
    assert.equal(formatNumber(12.5), '13');
    assert.equal(formatNumber(-12.5), '-13');
  });

  it('writes negatives with an ASCII minus and never shows -0', () => {
    assert.equal(formatNumber(-1234.56, 1), `-1${NBSP}234,6`);
    assert.equal(formatNumber(-0.04, 1), '0,0');
  });

  it('refuses numbers that cannot be shown and odd decimal counts', () => {
    assert.throws(() => formatNumber(Number.NaN), /Kan inte visa talet/);
    assert.throws(() => formatNumber(Infinity), /Kan inte visa talet/);
    assert.throws(() => formatNumber(1, -1), /Ogiltigt antal decimaler/);
    assert.throws(() => formatNumber(1, 1.5), /Ogiltigt antal decimaler/);
  });
});

describe('formatPercent', () => {
  it('puts a no-break space before %, whole per cents unless decimals are asked for', () => {
    assert.equal(formatPercent(42), `42${NBSP}%`);
    assert.equal(formatPercent(12.5, 1), `12,5${NBSP}%`);
    assert.equal(formatPercent(12.5), `13${NBSP}%`);
    assert.equal(formatPercent(100), `100${NBSP}%`);
  });
});

describe('percent', () => {
  it('returns the unrounded share of the base, null for an empty base', () => {
    assert.equal(percent(1, 4), 25);
    assert.equal(percent(1, 3), 100 / 3);
    assert.equal(percent(0, 0), null);
  });

  it('refuses negative or non-finite input', () => {
    assert.throws(() => percent(-1, 4), /Ogiltig andel/);
    assert.throws(() => percent(1, Number.NaN), /Ogiltig andel/);
  });
});
