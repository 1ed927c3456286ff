import assert from 'node:assert/strict';
import { SERIES_COLOURS, contrastRatio, toChartJsConfig, wrapLabel } from '../../../server/domain/charts';
import type { ChartSpec } from '../../../server/domain/lagesbild';

// Tests for server/domain/charts (kept beside the lägesbild figure tests that use it).

const percentSpec: ChartSpec = {
  type: 'bar', horizontal: true, unit: 'percent',
  labels: ['Götaland', 'Svealand', 'Norrland'],
  datasets: [{ label: 'Andel', data: [64, null, 86] }],
};

function hasFunction(value: unknown): boolean {
  if (typeof value === 'function') return true;
  if (value && typeof value === 'object') return Object.values(value).some(hasFunction);
  return false;
}

describe('toChartJsConfig', () => {
  it('is plain data that survives a JSON round trip unchanged', () => {
    for (const forPrint of [false, true]) {
      const config = toChartJsConfig(percentSpec, { forPrint });
      assert.equal(hasFunction(config), false);
      assert.deepEqual(JSON.parse(JSON.stringify(config)), config);
    }
  });

  it('draws horizontal bars with indexAxis y and a 0–100 percent axis titled in Swedish', () => {
    const config = toChartJsConfig(percentSpec);
    assert.equal(config.type, 'bar');
    assert.equal(config.options?.indexAxis, 'y');
    assert.equal(config.options?.animation, false);
    const x = config.options?.scales?.x as Record<string, any>;
    assert.equal(x.min, 0);
    assert.equal(x.max, 100);
    assert.equal(x.title.text, 'Andel (%)');
  });

  it('keeps a suppressed value as null, which chart.js draws as no bar', () => {
    assert.deepEqual(toChartJsConfig(percentSpec).data.datasets[0].data, [64, null, 86]);
  });

  it('uses the y axis for values on vertical count charts, titled "Antal", from zero', () => {
    const config = toChartJsConfig({ ...percentSpec, horizontal: false, unit: 'count' });
    assert.equal(config.options?.indexAxis, 'x');
    const y = config.options?.scales?.y as Record<string, any>;
    assert.equal(y.title.text, 'Antal');
    assert.equal(y.beginAtZero, true);
    assert.equal(y.max, undefined);
  });

  it('shows a legend only when there is more than one dataset, each in its own colour', () => {
    assert.equal(toChartJsConfig(percentSpec).options?.plugins?.legend?.display, false);
    const two = toChartJsConfig({ ...percentSpec, datasets: [{ label: '2024', data: [1, 2, 3] }, { label: '2025', data: [4, 5, 6] }] });
    assert.equal(two.options?.plugins?.legend?.display, true);
    assert.deepEqual(two.data.datasets.map((d) => d.backgroundColor), [SERIES_COLOURS[0], SERIES_COLOURS[1]]);
  });

  it('is fixed-size and without tooltips for print, responsive for the web', () => {
    assert.equal(toChartJsConfig(percentSpec, { forPrint: true }).options?.responsive, false);
    assert.equal(toChartJsConfig(percentSpec, { forPrint: true }).options?.plugins?.tooltip?.enabled, false);
    assert.equal(toChartJsConfig(percentSpec).options?.responsive, true);
  });

  it('does not change the spec it was given', () => {
    const spec = structuredClone(percentSpec);
    toChartJsConfig(spec).data.datasets[0].data[0] = 0;
    assert.deepEqual(spec, percentSpec);
  });
});

describe('chart palette', () => {
  it('has at least 3:1 contrast against white for every series colour', () => {
    for (const colour of SERIES_COLOURS) assert.ok(contrastRatio(colour, '#ffffff') >= 3, colour);
  });

  it('computes WCAG contrast: black on white is 21, a colour with itself is 1', () => {
    assert.equal(contrastRatio('#000000', '#ffffff'), 21);
    assert.equal(contrastRatio('#1b5e9e', '#1b5e9e'), 1);
    assert.equal(contrastRatio('#777777', '#ffffff').toFixed(2), '4.48');
  });
});

describe('wrapLabel', () => {
  it('leaves short labels alone and breaks long ones at spaces', () => {
    assert.equal(wrapLabel('Norrland'), 'Norrland');
    assert.deepEqual(wrapLabel('Arbetsterapeuter och fysioterapeuter'), ['Arbetsterapeuter och', 'fysioterapeuter']);
    assert.deepEqual(wrapLabel('Storstäder och storstadsnära kommuner (A)', 14), ['Storstäder och', 'storstadsnära', 'kommuner (A)']);
  });
});
