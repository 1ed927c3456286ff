import assert from 'node:assert/strict';
import { createTestContext, type TestContext } from '../support/context';
import { buildFigure } from '../../server/services/results/figures';
import { insertFixtureResponses, insertWaveFixture } from './fixtures';

const answers = (ja: number, nej: number) => [
  ...Array.from({ length: ja }, () => ({ bg: { landsdel: 'Götaland' }, answers: [{ q: 'brist', code: 'ja' }] })),
  ...Array.from({ length: nej }, () => ({ bg: { landsdel: 'Svealand' }, answers: [{ q: 'brist', code: 'nej' }] })),
];

describe('results: wave comparison', () => {
  let ctx: TestContext;
  let june: number;
  let october: number;
  before(async () => {
    ctx = await createTestContext();
    const series = await ctx.db.insertInto('survey_series').values({ key: 'bemanning', title: 'Bemanning sommar', description: null, created_at: '2026-01-01T00:00:00.000Z' }).returning('id').executeTakeFirstOrThrow();
    june = (await insertWaveFixture(ctx.db, { seriesId: series.id, title: 'Juni', opensAt: '2026-05-18T06:00:00.000Z' })).waveId;
    october = (await insertWaveFixture(ctx.db, { seriesId: series.id, title: 'Oktober', opensAt: '2026-09-21T06:00:00.000Z' })).waveId;
    await insertFixtureResponses(ctx.db, june, answers(6, 4));
    await insertFixtureResponses(ctx.db, october, answers(3, 9));
  });
  after(() => ctx.close());

  it('puts the same question of June and October side by side with each n', async () => {
    const figure = (await buildFigure(ctx.db, { kind: 'comparison', waveIds: [june, october], tableId: 'q-brist' }))!;
    assert.deepEqual(figure.table.columns, ['Svarsalternativ', 'Juni (2026-05-18) (%)', 'Oktober (2026-09-21) (%)']);
    assert.deepEqual(figure.table.rows, [['Ja', '60', '25'], ['Nej', '40', '75'], ['Vet ej', '0', '0'], ['Antal svarande (n)', '10', '12']]);
    assert.deepEqual(figure.chart.datasets.map((d) => d.label), ['Juni (2026-05-18)', 'Oktober (2026-09-21)']);
    assert.deepEqual(figure.chart.labels, ['Ja', 'Nej', 'Vet ej']);
  });

  it('shows the comparison page from either wave', async () => {
    const res = await (await ctx.as('analyst')).get(`/resultat/vagor/${june}/jamforelse`).expect(200);
    assert.match(res.text, /Saknar ni vikarier\?/);
    assert.match(res.text, /Oktober \(2026-09-21\)/);
    assert.match((await (await ctx.as('analyst')).get(`/resultat/vagor/${october}`)).text, /jamforelse/);
  });
});
