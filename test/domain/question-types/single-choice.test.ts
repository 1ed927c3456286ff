import assert from 'node:assert/strict';
import { singleChoice, singleChoiceSchema, type SingleChoiceQuestion } from '../../../server/domain/question-types/single-choice';

const def: SingleChoiceQuestion = singleChoiceSchema.parse({
  key: 'paverkan',
  type: 'single_choice',
  text: 'Påverkas insatserna?',
  required: true,
  options: [
    { code: 'nej', label: 'Nej' },
    { code: 'ja', label: 'Ja' },
  ],
  otherOption: { code: 'annat', label: 'Annat, nämligen' },
});

const read = (fields: Record<string, string | string[]>) => singleChoice.parse(def, fields);
const check = (fields: Record<string, string | string[]>, required = true) =>
  singleChoice.validate(def, read(fields), required);

describe('single choice', () => {
  it('reads a chosen code, trimmed', () => {
    assert.deepEqual(read({ q_paverkan: ' ja ' }), { code: 'ja' });
    assert.equal(check({ q_paverkan: 'ja' }), null);
  });

  it('treats an empty string as not answered', () => {
    assert.equal(read({ q_paverkan: '' }), undefined);
    assert.equal(check({ q_paverkan: '  ' }), 'Välj ett alternativ');
    assert.equal(check({ q_paverkan: '' }, false), null);
  });

  it('refuses an array (the field posted twice) and unknown codes', () => {
    assert.deepEqual(read({ q_paverkan: ['ja', 'nej'] }), { unparsed: 'ja, nej' });
    assert.equal(check({ q_paverkan: ['ja', 'nej'] }), 'Välj ett av alternativen');
    assert.equal(check({ q_paverkan: 'kanske' }), 'Välj ett av alternativen');
    assert.equal(check({ q_paverkan: 'kanske' }, false), 'Välj ett av alternativen');
  });

  it('requires the text of "Annat" and keeps it within 200 characters', () => {
    assert.equal(check({ q_paverkan: 'annat' }), 'Skriv vad du menar med ”Annat, nämligen”');
    assert.deepEqual(read({ q_paverkan: 'annat', q_paverkan_other: ' Färre besök ' }), { code: 'annat', other: 'Färre besök' });
    assert.equal(check({ q_paverkan: 'annat', q_paverkan_other: 'å'.repeat(200) }), null);
    assert.equal(
      check({ q_paverkan: 'annat', q_paverkan_other: 'å'.repeat(201) }),
      'Texten under ”Annat, nämligen” får vara högst 200 tecken',
    );
  });

  it('chooses "Annat" when only its text is filled in, but refuses text beside another choice', () => {
    assert.deepEqual(read({ q_paverkan_other: 'Färre besök' }), { code: 'annat', other: 'Färre besök' });
    assert.equal(
      check({ q_paverkan: 'ja', q_paverkan_other: 'Färre besök' }),
      'Välj ”Annat, nämligen” om du vill skriva ett eget svar, eller töm textrutan',
    );
  });

  it('stores one row, with the free text only on the "Annat" row', () => {
    assert.deepEqual(singleChoice.toRows(def, { code: 'ja' }), [{ item: null, code: 'ja', num: null, text: null }]);
    assert.deepEqual(singleChoice.toRows(def, { code: 'annat', other: 'X' }), [{ item: null, code: 'annat', num: null, text: 'X' }]);
  });

  it('reads the answer back in words, with the text of "Annat"', () => {
    assert.deepEqual(singleChoice.formatAnswer(def, { code: 'ja' }), ['Ja']);
    assert.deepEqual(singleChoice.formatAnswer(def, { code: 'annat', other: 'Färre besök' }), ['Annat, nämligen: Färre besök']);
  });

  it('aggregates as categories including "Annat", and exports code and text columns', () => {
    assert.deepEqual(singleChoice.aggregation(def), {
      kind: 'categorical',
      categories: [
        { code: 'nej', label: 'Nej' },
        { code: 'ja', label: 'Ja' },
        { code: 'annat', label: 'Annat, nämligen', other: true },
      ],
    });
    const columns = singleChoice.exportColumns(def);
    assert.deepEqual(columns.map((c) => c.header), ['paverkan', 'paverkan_other']);
    assert.deepEqual(columns.map((c) => c.value({ code: 'annat', other: 'X' })), ['annat', 'X']);
    assert.deepEqual(columns.map((c) => c.value(undefined)), [null, null]);
  });

  it('builds a radio view that keeps the choice and numbers the option ids', () => {
    const view = singleChoice.view(def, { code: 'ja' }, null);
    assert.equal(view.partial, 'radios');
    if (view.partial !== 'radios') return;
    assert.deepEqual(view.options.map((o) => [o.id, o.checked]), [['q_paverkan', false], ['q_paverkan-2', true], ['q_paverkan-3', false]]);
    assert.equal(view.other?.name, 'q_paverkan_other');
    assert.equal(view.describedBy, null);
    assert.equal(singleChoice.view(def, undefined, 'Välj ett alternativ').describedBy, 'q_paverkan-error');
  });

  it('refuses duplicate option codes in the definition', () => {
    const result = singleChoiceSchema.safeParse({ ...def, otherOption: { code: 'ja', label: 'Annat' } });
    assert.equal(result.success, false);
    assert.match(result.error!.issues[0].message, /Koden ”ja” finns mer än en gång/);
  });
});
