import assert from 'node:assert/strict';
import { countSpread, type SpreadDimension } from '../../db/repositories/panel-spread';
import { loadMunicipalities, type Municipality } from '../../db/seed/reference/municipalities';
import { populationClass } from '../../server/domain/municipalities';
import { changeMembership } from '../../server/services/panel/register';
import { createTestContext, type TestContext } from '../support/context';
import { seedPanel } from './support';

const groupOf: Record<SpreadDimension, (m: Municipality) => string> = {
  landsdel: (m) => m.landsdel, huvudgrupp: (m) => m.huvudgrupp, kommungrupp: (m) => m.kommungrupp, lan: (m) => m.lan,
  storleksklass: (m) => populationClass(m.population).code,
};

/** Counted by hand from the reference file, one municipality at a time. */
function handCount(dimension: SpreadDimension, members: Set<string>) {
  const out = new Map<string, { total: number; panel: number; population: number; panelPopulation: number }>();
  for (const m of loadMunicipalities()) {
    const g = out.get(groupOf[dimension](m)) ?? { total: 0, panel: 0, population: 0, panelPopulation: 0 };
    g.total++; g.population += m.population;
    if (members.has(m.kommunkod)) { g.panel++; g.panelPopulation += m.population; }
    out.set(groupOf[dimension](m), g);
  }
  return out;
}

const pct = (x: number) => `${(Math.round(x * 1000) / 10).toFixed(1).replace('.', ',')}\u00a0%`;

describe('panel spread (representativeness)', () => {
  let ctx: TestContext;
  let active: Set<string>;
  before(async () => {
    ctx = await createTestContext();
    await seedPanel(ctx);
    // A paused member does not count as panel here (it gets no surveys).
    const someone = await ctx.db.selectFrom('panel_members').select('kommunkod').where('status', '=', 'active').orderBy('kommunkod', 'desc').executeTakeFirstOrThrow();
    await changeMembership(ctx.deps, null, { kommunkod: someone.kommunkod, change: 'pause', date: '2026-11-01', reason: 'Test' });
    active = new Set((await ctx.db.selectFrom('panel_members').select('kommunkod').where('status', '=', 'active').execute()).map((r) => r.kommunkod));
    assert.equal(active.size, 148);
  });
  after(() => ctx.close());

  for (const dimension of ['landsdel', 'huvudgrupp', 'kommungrupp', 'lan', 'storleksklass'] as const) {
    it(`counts by ${dimension} in SQL equal the hand counts from the reference data`, async () => {
      const sql = await countSpread(ctx.db, dimension);
      const hand = handCount(dimension, active);
      assert.deepEqual(new Map(sql.map((r) => [r.group, { total: r.total, panel: r.panel, population: r.population, panelPopulation: r.panelPopulation }])), hand);
    });
  }

  it('shows count, shares, deviation, population covered and highlights deviations beyond the threshold', async () => {
    const viewer = await ctx.as('viewer');
    const hand = handCount('landsdel', active);
    for (const threshold of [5, 1]) {
      const page = await viewer.get(`/panel/spridning?troskel=${threshold}`);
      assert.equal(page.status, 200);
      for (const [landsdel, g] of hand) {
        const shareOfPanel = g.panel / active.size;
        const shareOfAll = g.total / 290;
        const deviation = Math.round((shareOfPanel - shareOfAll) * 1000) / 10;
        const flag = Math.abs(deviation) > threshold ? (deviation > 0 ? 'Överrepresenterad' : 'Underrepresenterad') : '–';
        const sign = deviation > 0 ? '+' : deviation < 0 ? '\u2212' : '';
        const expected = [landsdel, g.total, g.panel, pct(shareOfPanel), pct(shareOfAll), `${sign}${Math.abs(deviation).toFixed(1).replace('.', ',')}`, pct(g.panelPopulation / g.population), flag]
          .map(String);
        const row = new RegExp(`<tr><th scope="row">${landsdel}</th>${expected.slice(1).map((c) => `<td class="num">${c.replace(/[+()]/g, '\\$&')}</td>`).join('')}</tr>`);
        assert.match(page.text, row, `${landsdel} at ${threshold}`);
      }
      if (threshold === 1) assert.match(page.text, /Underrepresenterade grupper – rekrytera gärna härifrån:[\s\S]*Landsdel: Norrland/);
    }
  });

  it('draws a chart.js chart from embedded JSON beside its table, with no inline script', async () => {
    const page = await (await ctx.as('viewer')).get('/panel/spridning');
    const charts = [...page.text.matchAll(/<script type="application\/json" id="spridning-(\w+)-data" data-chart="[^"]+">([^<]+)<\/script>/g)];
    assert.deepEqual(charts.map((c) => c[1]), ['landsdel', 'huvudgrupp', 'kommungrupp', 'lan', 'storleksklass']);
    const config = JSON.parse(charts[0]![2]!);
    assert.equal(config.type, 'bar');
    assert.deepEqual(config.data.labels, ['Götaland', 'Svealand', 'Norrland']);
    assert.deepEqual(config.data.datasets.map((d: { label: string }) => d.label), ['Andel av panelen', 'Andel av alla kommuner']);
    assert.doesNotMatch(page.text, /<script>(?!<\/script>)|<script(?![^>]*(src=|type="application\/json"))/);
    assert.match(page.text, /<script src="\/static\/vendor\/chart.js\/chart.umd.min.js" defer>/);
  });

  it('keeps the default threshold and says why when the field is not a number', async () => {
    const page = await (await ctx.as('viewer')).get('/panel/spridning?troskel=mycket');
    assert.equal(page.status, 200);
    assert.match(page.text, /href="#f-troskel"/);
    assert.match(page.text, /Gränsen 5 används nu/);
  });
});
