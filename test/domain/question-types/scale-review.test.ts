import assert from 'node:assert/strict';
import { scale, scaleSchema } from '../../../server/domain/question-types/scale';

// Issue 16 §2: the review page shows scale answers with their labels, not a bare number.
describe('scale answers on the review page', () => {
  const def = scaleSchema.parse({ key: 'lage', type: 'scale', text: 'Hur är läget?', required: true, min: 1, max: 5, minLabel: 'Mycket dåligt', maxLabel: 'Mycket bra', dontKnow: true });

  it('names the scale for a middle step, keeps the label of an end step and of "Vet ej"', () => {
    assert.deepEqual(scale.formatAnswer(def, { code: '2' }), ['2 på skalan 1 (Mycket dåligt) – 5 (Mycket bra)']);
    assert.deepEqual(scale.formatAnswer(def, { code: '1' }), ['1 – Mycket dåligt']);
    assert.deepEqual(scale.formatAnswer(def, { code: '5' }), ['5 – Mycket bra']);
    assert.deepEqual(scale.formatAnswer(def, { code: 'vet_ej' }), ['Vet ej']);
  });

  it('leaves a scale without end labels as numbers', () => {
    const bare = scaleSchema.parse({ key: 'x', type: 'scale', text: 'X', required: true, min: 0, max: 10 });
    assert.deepEqual(scale.formatAnswer(bare, { code: '4' }), ['4']);
  });
});
