import assert from 'node:assert/strict';
import { longText, longTextSchema } from '../../../server/domain/question-types/long-text';
import { shortText, shortTextSchema } from '../../../server/domain/question-types/short-text';

describe('short text', () => {
  const def = shortTextSchema.parse({ key: 'titel', type: 'short_text', text: 'Din titel', required: true });
  const check = (text: string | string[]) => shortText.validate(def, shortText.parse(def, { q_titel: text }), true);

  it('trims and accepts up to 200 characters, counting å and emoji as one each', () => {
    assert.deepEqual(shortText.parse(def, { q_titel: '  Äldreomsorgschef ' }), { text: 'Äldreomsorgschef' });
    assert.equal(check('ö'.repeat(200)), null);
    assert.equal(check('😀'.repeat(200)), null);
    assert.equal(check('ö'.repeat(201)), 'Svaret får vara högst 200 tecken');
  });

  it('treats blank as not answered and refuses a repeated field', () => {
    assert.equal(check('   '), 'Skriv ett svar');
    assert.equal(check(['a', 'b']), 'Svaret kunde inte läsas. Skriv det en gång till');
  });
});

describe('long text', () => {
  const def = longTextSchema.parse({ key: 'kommentar', type: 'long_text', text: 'Kommentar', required: false });

  it('defaults to 2000 characters and counts a CRLF line break as one', () => {
    assert.equal(def.maxLength, 2000);
    const text = `${'a'.repeat(1000)}\r\n${'b'.repeat(999)}`;
    const value = longText.parse(def, { q_kommentar: text });
    assert.equal(longText.validate(def, value, false), null);
    assert.equal(longText.validate(def, longText.parse(def, { q_kommentar: `${text}b` }), false), 'Svaret får vara högst 2000 tecken');
  });

  it('states the limit in the hint and stores text in the text column', () => {
    const view = longText.view(def, { text: 'Hej' }, null);
    assert.equal(view.hint, 'Du kan skriva högst 2000 tecken.');
    assert.equal(view.describedBy, 'q_kommentar-hint');
    assert.deepEqual(longText.toRows(def, { text: 'Hej' }), [{ item: null, code: null, num: null, text: 'Hej' }]);
    assert.deepEqual(longText.aggregation(def), { kind: 'text', maxLength: 2000 });
  });
});
