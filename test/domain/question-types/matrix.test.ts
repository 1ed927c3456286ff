import assert from 'node:assert/strict';
import { matrix, matrixSchema } from '../../../server/domain/question-types/matrix';

const def = matrixSchema.parse({
  key: 'brist',
  type: 'matrix',
  text: 'Hur stor är bristen?',
  required: true,
  rows: [
    { key: 'vard', label: 'Vård- och omsorgspersonal' },
    { key: 'ssk', label: 'Sjuksköterskor' },
  ],
  options: [
    { code: 'ingen', label: 'Ingen brist' },
    { code: 'stor', label: 'Stor brist' },
  ],
});

describe('matrix', () => {
  it('reads one field per row and ignores rows the question does not have', () => {
    assert.deepEqual(matrix.parse(def, { q_brist__vard: 'stor', q_brist__okand: 'stor' }), { rows: { vard: 'stor' } });
    assert.equal(matrix.parse(def, {}), undefined);
  });

  it('requires every row when required, naming the row that is missing', () => {
    const value = matrix.parse(def, { q_brist__vard: 'stor' });
    assert.equal(matrix.validate(def, value, true), 'Välj ett svar för ”Sjuksköterskor”');
    assert.equal(matrix.errorFieldId!(def, value), 'q_brist__ssk');
    assert.equal(matrix.validate(def, value, false), null);
    assert.equal(matrix.validate(def, { rows: { vard: 'stor', ssk: 'ingen' } }, true), null);
  });

  it('refuses an unknown code or a repeated field in a row, even when optional', () => {
    assert.equal(matrix.validate(def, { rows: { vard: 'kritisk' } }, false), 'Välj ett av alternativen för ”Vård- och omsorgspersonal”');
    const twice = matrix.parse(def, { q_brist__vard: ['stor', 'ingen'] });
    assert.equal(matrix.validate(def, twice, false), 'Välj ett av alternativen för ”Vård- och omsorgspersonal”');
    assert.equal(matrix.errorFieldId!(def, twice), 'q_brist');
  });

  it('puts errors on the rows and keeps the first id for the question', () => {
    const view = matrix.view(def, { rows: { vard: 'stor' } }, 'Välj ett svar för ”Sjuksköterskor”');
    if (view.partial !== 'matrix') assert.fail('expected matrix');
    assert.deepEqual(view.rows.map((r) => r.error), [null, 'Välj ett svar för ”Sjuksköterskor”']);
    assert.deepEqual(view.rows[0].options.map((o) => [o.id, o.name, o.checked]), [
      ['q_brist', 'q_brist__vard', false],
      ['q_brist-2', 'q_brist__vard', true],
    ]);
    assert.equal(view.rows[1].options[0].id, 'q_brist__ssk');
  });

  it('stores one row per answered matrix row with the row key as item', () => {
    assert.deepEqual(matrix.toRows(def, { rows: { ssk: 'ingen', vard: 'stor' } }), [
      { item: 'vard', code: 'stor', num: null, text: null },
      { item: 'ssk', code: 'ingen', num: null, text: null },
    ]);
    assert.deepEqual(matrix.exportColumns(def).map((c) => [c.header, c.value({ rows: { ssk: 'ingen' } })]), [
      ['brist__vard', null],
      ['brist__ssk', 'ingen'],
    ]);
    assert.deepEqual(matrix.formatAnswer(def, { rows: { ssk: 'ingen' } }), ['Sjuksköterskor: Ingen brist']);
  });
});
