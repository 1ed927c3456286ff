import assert from 'node:assert/strict';
import {
  multipleChoice,
  multipleChoiceSchema,
  type MultipleChoiceQuestion,
} from '../../../server/domain/question-types/multiple-choice';

const def: MultipleChoiceQuestion = multipleChoiceSchema.parse({
  key: 'atgarder',
  type: 'multiple_choice',
  text: 'Vilka åtgärder?',
  required: true,
  minSelections: 2,
  maxSelections: 3,
  options: [
    { code: 'a', label: 'Bonus' },
    { code: 'b', label: 'Bemanningsföretag' },
    { code: 'c', label: 'Semesterväxling' },
    { code: 'd', label: 'Studenter' },
    { code: 'inga', label: 'Inga åtgärder', exclusive: true },
  ],
  otherOption: { code: 'annat', label: 'Annat, nämligen' },
});

const check = (fields: Record<string, string | string[]>, required = true) =>
  multipleChoice.validate(def, multipleChoice.parse(def, fields), required);

describe('multiple choice', () => {
  it('reads repeated fields as a list, dropping blanks and repeats', () => {
    assert.deepEqual(multipleChoice.parse(def, { q_atgarder: ['a', ' b ', '', 'a'] }), { codes: ['a', 'b'] });
    assert.equal(multipleChoice.parse(def, { q_atgarder: '' }), undefined);
  });

  it('accepts min and max selections inclusive and refuses one fewer or one more', () => {
    assert.equal(check({ q_atgarder: ['a', 'b'] }), null);
    assert.equal(check({ q_atgarder: ['a', 'b', 'c'] }), null);
    assert.equal(check({ q_atgarder: 'a' }), 'Välj minst 2 alternativ');
    assert.equal(check({ q_atgarder: ['a', 'b', 'c', 'd'] }), 'Välj högst 3 alternativ');
  });

  it('requires a selection only when required', () => {
    assert.equal(check({}), 'Välj minst ett alternativ');
    assert.equal(check({}, false), null);
  });

  it('allows an exclusive option alone, even below the minimum, but never with others', () => {
    assert.equal(check({ q_atgarder: 'inga' }), null);
    assert.equal(check({ q_atgarder: ['inga', 'a'] }), '”Inga åtgärder” kan inte kombineras med andra alternativ');
  });

  it('refuses unknown codes', () => {
    assert.equal(check({ q_atgarder: ['a', 'zz'] }), 'Välj bland alternativen som finns');
  });

  it('ticks "Annat" when its text is typed, and then requires nothing more', () => {
    assert.deepEqual(multipleChoice.parse(def, { q_atgarder: 'a', q_atgarder_other: 'Egen pool' }), {
      codes: ['a', 'annat'],
      other: 'Egen pool',
    });
    assert.equal(check({ q_atgarder: ['a', 'annat'] }), 'Skriv vad du menar med ”Annat, nämligen”');
    assert.equal(check({ q_atgarder: 'inga', q_atgarder_other: 'Egen pool' }), '”Inga åtgärder” kan inte kombineras med andra alternativ');
  });

  it('stores one row per chosen code and exports one 0/1 column per option', () => {
    const value = { codes: ['a', 'annat'], other: 'Egen pool' };
    assert.deepEqual(multipleChoice.toRows(def, value), [
      { item: null, code: 'a', num: null, text: null },
      { item: null, code: 'annat', num: null, text: 'Egen pool' },
    ]);
    const columns = multipleChoice.exportColumns(def);
    assert.deepEqual(columns.map((c) => c.header), [
      'atgarder__a', 'atgarder__b', 'atgarder__c', 'atgarder__d', 'atgarder__annat', 'atgarder__inga', 'atgarder_other',
    ]);
    assert.deepEqual(columns.map((c) => c.value(value)), [1, 0, 0, 0, 1, 0, 'Egen pool']);
    assert.deepEqual(columns.map((c) => c.value(undefined)), [null, null, null, null, null, null, null]);
    assert.deepEqual(multipleChoice.formatAnswer(def, value), ['Bonus', 'Annat, nämligen: Egen pool']);
  });

  it('lists "Annat" before the exclusive option and says how many to choose', () => {
    const view = multipleChoice.view(def, { codes: ['b'] }, null);
    if (view.partial !== 'checkboxes') assert.fail('expected checkboxes');
    assert.deepEqual(view.options.map((o) => o.value), ['a', 'b', 'c', 'd', 'annat', 'inga']);
    assert.deepEqual(view.options.filter((o) => o.checked).map((o) => o.value), ['b']);
    assert.equal(view.options[5].exclusive, true);
    assert.equal(view.hint, 'Välj mellan 2 och 3 alternativ.');
  });

  it('refuses a definition whose minimum exceeds its maximum', () => {
    const result = multipleChoiceSchema.safeParse({ ...def, minSelections: 4, maxSelections: 2 });
    assert.equal(result.success, false);
  });
});
