import assert from 'node:assert/strict';
import { z } from 'zod';
import { baseQuestionFields } from '../../server/domain/question-types/base-question';
import { textQuestionType } from '../../server/domain/question-types/text-answer';
import { questionFormFields } from '../../server/inputs/surveys/question-fields';
import { parseQuestionForm } from '../../server/inputs/surveys/question';

/**
 * A new question type is one file in server/domain/question-types/ plus one line in registry.ts: the designer's
 * form is read from the type's own zod schema, so this made-up type gets a working form without designer changes.
 */
describe('designer: the form of a new question type comes from its schema', () => {
  const postcodeSchema = z.strictObject({
    ...baseQuestionFields,
    type: z.literal('postcode'),
    region: z.string().trim().min(1).max(40).optional().meta({ title: 'Län (valfritt)', description: 'Begränsar vilka postnummer som godtas.' }),
    digits: z.number().int().min(3).max(5).default(5).meta({ title: 'Antal siffror' }),
  });
  const postcode = textQuestionType<z.infer<typeof postcodeSchema>>({ type: 'postcode' as never, label: 'Postnummer', schema: postcodeSchema as never, maxLength: () => 6, multiline: false });

  it('lists the fields with labels from the schema and parses a posted form', () => {
    const fields = questionFormFields(postcode);
    assert.deepEqual(fields.map((f) => [f.name, f.kind]), [['text', 'textarea'], ['help', 'textarea'], ['required', 'boolean'], ['region', 'text'], ['digits', 'number']]);
    assert.equal(fields.find((f) => f.name === 'region')!.label, 'Län (valfritt)');
    const parsed = parseQuestionForm(postcode, { text: 'Vilket postnummer?', required: '1', digits: '5', region: '' }, { taken: new Set() });
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.question, { key: 'vilket_postnummer', type: 'postcode', text: 'Vilket postnummer?', required: true, digits: 5 } as never);
    const invalid = parseQuestionForm(postcode, { text: 'X', digits: '9' }, { taken: new Set() });
    assert.ok(!invalid.ok);
    assert.match(invalid.errors.digits!, /^Antal siffror: /);
  });
});
