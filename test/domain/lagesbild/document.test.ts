import assert from 'node:assert/strict';
import { lagesbildDocumentSchema, sampleLagesbild, type LagesbildDocument } from '../../../server/domain/lagesbild';

function issues(change: (doc: LagesbildDocument) => void): string[] {
  const doc = sampleLagesbild();
  change(doc);
  const result = lagesbildDocumentSchema.safeParse(doc);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('lagesbildDocumentSchema', () => {
  it('accepts the sample document', () => {
    assert.deepEqual(issues(() => {}), []);
  });

  it('gives a fresh sample each call, so one test cannot change another', () => {
    const first = sampleLagesbild();
    first.figures[0].chart.labels[0] = 'Ändrad';
    assert.equal(sampleLagesbild().figures[0].chart.labels[0], 'Sjuksköterskor');
  });

  it('has six figures with one suppressed value shown as .. in its table', () => {
    const doc = sampleLagesbild();
    assert.equal(doc.figures.length, 6);
    const nulls = doc.figures.flatMap((f) => f.chart.datasets.flatMap((d) => d.data.filter((v) => v === null)));
    assert.equal(nulls.length, 1);
    assert.ok(doc.figures.some((f) => f.table.rows.some((row) => row.includes('..'))));
  });

  it('wants 3 to 5 key findings', () => {
    assert.deepEqual(issues((d) => (d.keyFindings = d.keyFindings.slice(0, 2))), ['Ange minst 3 viktiga resultat.']);
    assert.deepEqual(issues((d) => (d.keyFindings = [...d.keyFindings, 'fem', 'sex'])), ['Ange högst 5 viktiga resultat.']);
  });

  it('wants dates as YYYY-MM-DD', () => {
    assert.deepEqual(issues((d) => (d.date = '12/6/2025')), ['Ange datum som ÅÅÅÅ-MM-DD.']);
  });

  it('wants one value (or null) per category in every dataset', () => {
    assert.deepEqual(issues((d) => d.figures[0].chart.datasets[0].data.pop()), [
      'Varje dataserie måste ha ett värde (eller null) per kategori.',
    ]);
  });

  it('wants every table row as wide as the header', () => {
    assert.deepEqual(issues((d) => d.figures[1].table.rows[0].push('extra')), [
      'Varje tabellrad måste ha lika många celler som tabellen har kolumner.',
    ]);
  });

  it('refuses duplicate figure ids, more answers than invitations and k below 3', () => {
    assert.deepEqual(issues((d) => (d.figures[1].id = d.figures[0].id)), ['Två figurer har samma id.']);
    assert.deepEqual(issues((d) => (d.method!.answered = 150)), ['Fler svarande än inbjudna.']);
    assert.equal(issues((d) => (d.method!.k = 2)).length, 1);
  });

  it('allows a document without method box and contact', () => {
    assert.deepEqual(issues((d) => { d.method = null; d.contact = null; }), []);
  });
});
