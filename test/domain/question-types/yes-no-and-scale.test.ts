import assert from 'node:assert/strict';
import { scale, scaleSchema } from '../../../server/domain/question-types/scale';
import { yesNo, yesNoSchema } from '../../../server/domain/question-types/yes-no';

const base = { text: 'Fråga', required: true };

describe('yes/no', () => {
  const withDontKnow = yesNoSchema.parse({ ...base, key: 'rutiner', type: 'yes_no' });
  const withoutDontKnow = yesNoSchema.parse({ ...base, key: 'rutiner', type: 'yes_no', allowDontKnow: false });

  it('offers Ja, Nej and Vet ej by default', () => {
    assert.equal(withDontKnow.allowDontKnow, true);
    assert.deepEqual(yesNo.conditionSupport(withDontKnow).codes.map((c) => c.code), ['ja', 'nej', 'vet_ej']);
    assert.equal(yesNo.validate(withDontKnow, { code: 'vet_ej' }, true), null);
  });

  it('refuses "vet_ej" when it is switched off', () => {
    assert.equal(yesNo.validate(withoutDontKnow, { code: 'vet_ej' }, true), 'Välj ett av alternativen');
    assert.equal(yesNo.validate(withoutDontKnow, yesNo.parse(withoutDontKnow, { q_rutiner: 'nej' }), true), null);
  });

  it('marks "Vet ej" as dont-know in the aggregation', () => {
    assert.deepEqual(yesNo.aggregation(withDontKnow), {
      kind: 'categorical',
      categories: [
        { code: 'ja', label: 'Ja' },
        { code: 'nej', label: 'Nej' },
        { code: 'vet_ej', label: 'Vet ej', dontKnow: true },
      ],
    });
  });
});

describe('scale', () => {
  const def = scaleSchema.parse({
    ...base, key: 'befarat', type: 'scale', min: 1, max: 5, minLabel: 'Mycket sämre', maxLabel: 'Mycket bättre', dontKnow: true,
  });
  const check = (code: string) => scale.validate(def, scale.parse(def, { q_befarat: code }), true);

  it('accepts min and max inclusive and refuses values outside', () => {
    assert.equal(check('1'), null);
    assert.equal(check('5'), null);
    assert.equal(check('0'), 'Välj ett av alternativen');
    assert.equal(check('6'), 'Välj ett av alternativen');
    assert.equal(check('2.5'), 'Välj ett av alternativen');
  });

  it('stores the value as a number, and "Vet ej" without one', () => {
    assert.deepEqual(scale.toRows(def, { code: '4' }), [{ item: null, code: '4', num: 4, text: null }]);
    assert.deepEqual(scale.toRows(def, { code: 'vet_ej' }), [{ item: null, code: 'vet_ej', num: null, text: null }]);
    assert.deepEqual(scale.exportColumns(def).map((c) => c.value({ code: '4' })), [4]);
    assert.deepEqual(scale.exportColumns(def).map((c) => c.value({ code: 'vet_ej' })), ['vet_ej']);
  });

  it('labels the ends and aggregates with both counts and bounds', () => {
    const spec = scale.aggregation(def);
    assert.equal(spec.kind, 'scale');
    if (spec.kind !== 'scale') return;
    assert.deepEqual(spec.categories.map((c) => c.label), ['1 – Mycket sämre', '2', '3', '4', '5 – Mycket bättre', 'Vet ej']);
    assert.deepEqual([spec.min, spec.max], [1, 5]);
    assert.equal(scale.conditionSupport(def).numeric, true);
  });

  it('refuses a scale whose maximum is not above its minimum', () => {
    assert.equal(scaleSchema.safeParse({ ...def, min: 3, max: 3 }).success, false);
  });
});
