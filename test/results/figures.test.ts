import assert from 'node:assert/strict';
import { createTestContext, type TestContext } from '../support/context';
import { buildFigure, listFigureSources, waveMethodFacts } from '../../server/services/results/figures';
import { loadResultWave, waveQuestionTables } from '../../server/services/results/wave-results';
import { resultRows, toTableSpec } from '../../server/domain/results';
import { insertFixtureResponses, insertInvitations, insertWaveFixture, type FixtureResponse } from './fixtures';

// 12 responses: Götaland 6, Svealand 4, Norrland 2 (k = 3 here: Norrland is below it).
function responses(): FixtureResponse[] {
  const out: FixtureResponse[] = [];
  const plan: [string, number][] = [['Götaland', 6], ['Svealand', 4], ['Norrland', 2]];
  let i = 0;
  for (const [landsdel, n] of plan) {
    for (let j = 0; j < n; j++, i++) {
      out.push({
        bg: { landsdel },
        answers: [
          { q: 'brist', code: i % 3 === 0 ? 'nej' : 'ja' },
          i === 11 ? { q: 'lage', code: 'vet_ej' } : { q: 'lage', code: String((i % 5) + 1), num: (i % 5) + 1 },
          ...(i < 10 ? [{ q: 'antal', num: i }] : []),
          ...(i % 2 === 0 ? [{ q: 'atgarder', code: 'lon' }, { q: 'atgarder', code: 'bemanning' }] : [{ q: 'atgarder', code: 'lon' }]),
          { q: 'grupp', item: 'ssk', code: i < 8 ? 'stor' : 'ingen' },
        ],
      });
    }
  }
  return out;
}

describe('results: figures from SQL aggregates', () => {
  let ctx: TestContext;
  let waveId: number;
  before(async () => {
    ctx = await createTestContext();
    ({ waveId } = await insertWaveFixture(ctx.db, { k: 3, dimensions: ['landsdel'] }));
    await insertFixtureResponses(ctx.db, waveId, responses());
    await insertInvitations(ctx.db, waveId, 'Götaland', 16, 12);
  });
  after(() => ctx.close());

  it('counts, shares, base and missing equal the hand-computed figures', async () => {
    const rw = (await loadResultWave(ctx.db, waveId))!;
    const tables = await waveQuestionTables(ctx.db, rw, null);
    const brist = toTableSpec(resultRows(tables.find((t) => t.id === 'q-brist')!, null));
    // i % 3 === 0 for i = 0,3,6,9 → 4 "nej", 8 "ja"; 8/12 = 67 %, 4/12 = 33 %.
    assert.deepEqual(brist.rows.slice(0, 3), [['Ja', '8', '67'], ['Nej', '4', '33'], ['Vet ej', '0', '0']]);
    assert.deepEqual(brist.rows.at(-1), ['Antal svarande (n)', '12', '']);
    // Multiple choice: "lon" by all 12 = 100 % of respondents, "bemanning" by 6 = 50 %.
    const multi = toTableSpec(resultRows(tables.find((t) => t.id === 'q-atgarder')!, null));
    assert.deepEqual(multi.rows.slice(0, 2), [['Höjd lön', '12', '100'], ['Bemanningsföretag', '6', '50']]);
    // Number: 0..9 → mean 4,5, median 4,5, Q1 2,25 → "2,3"; two did not answer.
    const antal = tables.find((t) => t.id === 'q-antal-stats')!;
    assert.deepEqual(antal.table.rows.map((r) => r.cells.all), [4.5, 4.5, 2.25, 6.75]);
    assert.equal(antal.missing, 2);
    // Scale: 11 values (1..5 cycling, i = 0..10), "vet ej" counted in the distribution but not in the mean.
    const lage = tables.find((t) => t.id === 'q-lage-stats')!;
    assert.equal(lage.table.rows[0]!.cells.all, (1 + 2 + 3 + 4 + 5 + 1 + 2 + 3 + 4 + 5 + 1) / 11);
    const lageDist = toTableSpec(resultRows(tables.find((t) => t.id === 'q-lage')!, null));
    assert.deepEqual(lageDist.rows.find((r) => r[0] === 'Vet ej'), ['Vet ej', '1', '8']);
    // Matrix: one table per row; "ssk" answered by all, "usk" by none (n = 0 < k: hidden).
    const ssk = toTableSpec(resultRows(tables.find((t) => t.id === 'q-grupp-ssk')!, null));
    assert.deepEqual(ssk.rows.slice(0, 2), [['Ingen brist', '4', '33'], ['Stor brist', '8', '67']]);
    const usk = toTableSpec(resultRows(tables.find((t) => t.id === 'q-grupp-usk')!, null));
    assert.deepEqual(usk.rows[0], ['Ingen brist', '..', '..']);
  });

  it('a breakdown hides the group below k and the groups protecting it, with two marks and footnotes', async () => {
    const figure = (await buildFigure(ctx.db, { kind: 'breakdown', waveId, tableId: 'q-brist', dimension: 'landsdel' }))!;
    assert.deepEqual(figure.table.columns, ['Landsdel', 'Ja (%)', 'Nej (%)', 'Vet ej (%)', 'Antal svarande (n)']);
    // Götaland i=0..5: nej at 0,3 → ja 4/6 = 67 %; Svealand (4) hidden as the complement of Norrland (2).
    assert.deepEqual(figure.table.rows, [
      // (Svealand is small only in a question with fewer than k answers overall, which publishes nothing and so
      // does not spread the hidden block.)
      ['Götaland', '67', '33', '0', '6'], ['Svealand', '×', '×', '×', '×'], ['Norrland', '..', '..', '..', '..'], ['Totalt', '67', '33', '0', '12'],
    ]);
    assert.ok(figure.table.footnotes.some((f) => f.includes('färre än 3 svarande')));
    assert.deepEqual(figure.chart.labels, ['Götaland', 'Svealand (dold för att skydda en annan grupp)', 'Norrland (för få svar)', 'Totalt']);
    assert.deepEqual(figure.chart.datasets[0]!.data.slice(1, 3), [null, null]);
    assert.match(figure.alt, /Norrland \(för få svar\) visas inte/);
  });

  it('lists sources and gives the method facts', async () => {
    const sources = await listFigureSources(ctx.db);
    assert.ok(sources.some((s) => s.source.kind === 'breakdown' && s.source.tableId === 'q-brist'));
    for (const s of sources.slice(0, 8)) assert.ok(await buildFigure(ctx.db, s.source), s.key);
    const method = (await waveMethodFacts(ctx.db, waveId))!;
    assert.equal(method.invited, 16);
    assert.equal(method.answered, 12);
    assert.equal(method.responseRate, 0.75);
    assert.equal(method.k, 3);
    assert.deepEqual(method.fieldPeriod, { from: '2026-06-01', to: '2026-06-20' });
  });
});
