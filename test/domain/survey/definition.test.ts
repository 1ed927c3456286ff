import assert from 'node:assert/strict';
import {
  exportDefinitionJson,
  findConditionCycle,
  parseDefinitionJson,
  validateDefinition,
  type SurveyDefinition,
} from '../../../server/domain/survey/definition';
import { onePage, sampleDefinition, sampleInput } from './fixtures';

const yesNo = (key: string, showIf?: unknown) => ({ key, type: 'yes_no', text: `Fråga ${key}`, required: true, ...(showIf ? { showIf } : {}) });
const when = (question: string, values = ['ja']) => ({ mode: 'all', rules: [{ question, op: 'in', values }] });

function errorsOf(input: unknown): string[] {
  const result = validateDefinition(input);
  assert.equal(result.ok, false, 'expected the definition to be refused');
  return result.ok ? [] : result.errors;
}

describe('validateDefinition: schema', () => {
  it('accepts a valid definition and fills defaults', () => {
    const def = sampleDefinition();
    const first = def.pages[0].questions[0];
    assert.equal(first.type === 'yes_no' && first.allowDontKnow, true);
  });

  it('names page and question in Swedish for a schema error', () => {
    const input = onePage([yesNo('a')], [{ key: 'p2', title: 'Två', questions: [{ key: 'bemanning_vik', type: 'short_text', text: '', required: true }] }]);
    assert.deepEqual(errorsOf(input), ['Sida 2, fråga ”bemanning_vik”, text: Får inte vara tom']);
  });

  it('refuses an unknown question type and lists the known ones', () => {
    const [message] = errorsOf(onePage([{ key: 'reglage', type: 'slider', text: 'X', required: true }]));
    assert.match(message, /^Sida 1, fråga ”reglage”, frågetyp: Okänd frågetyp ”slider”\. Tillåtna typer: single_choice, multiple_choice/);
  });

  it('refuses bad keys, unknown fields, missing fields and an empty survey', () => {
    assert.deepEqual(errorsOf(onePage([{ ...yesNo('a'), key: 'Bemanning' }])), [
      'Sida 1, fråga ”Bemanning”, nyckel: Nyckeln ska börja med en liten bokstav och får bara innehålla a–z, 0–9 och _ (högst 40 tecken)',
    ]);
    assert.deepEqual(errorsOf(onePage([{ ...yesNo('a'), farg: 'röd' }])), ['Sida 1, fråga ”a”: Okänt fält: farg']);
    assert.deepEqual(errorsOf(onePage([{ key: 'a', type: 'yes_no', text: 'X' }])), ['Sida 1, fråga ”a”, obligatorisk: Saknas']);
    assert.deepEqual(errorsOf({ title: 'Tom', pages: [] }), ['Sidor: Ska innehålla minst 1']);
  });

  it('names options by number within a question', () => {
    const input = onePage([{ key: 'val', type: 'single_choice', text: 'X', required: true, options: [{ code: 'a', label: 'A' }, { code: 'B!', label: 'B' }] }]);
    assert.deepEqual(errorsOf(input), ['Sida 1, fråga ”val”, alternativ 2, kod: Koden får bara innehålla a–z, 0–9 och _ (högst 40 tecken)']);
  });
});

describe('validateDefinition: keys', () => {
  it('refuses a question key used twice, across pages', () => {
    const input = onePage([yesNo('a')], [{ key: 'p2', title: 'Två', questions: [yesNo('a')] }]);
    assert.deepEqual(errorsOf(input), ['Sida 2, fråga ”a”: Nyckeln används redan av en fråga på sida 1']);
  });

  it('refuses a page key used twice', () => {
    const input = { title: 'T', pages: [{ key: 's', title: 'A', questions: [] }, { key: 's', title: 'B', questions: [] }] };
    assert.deepEqual(errorsOf(input), ['Sida 2: Sidnyckeln ”s” används redan av en annan sida']);
  });

  it('refuses keys that would collide with form field names', () => {
    assert.match(errorsOf(onePage([yesNo('a__b')]))[0], /två understreck/);
    assert.match(errorsOf(onePage([yesNo('a'), yesNo('a_other')]))[0], /krockar med fältet för ”Annat” i fråga ”a”/);
  });
});

describe('validateDefinition: conditions', () => {
  it('refuses a condition on a question that does not exist', () => {
    assert.deepEqual(errorsOf(onePage([yesNo('a', when('finns_inte'))])), [
      'Sida 1, fråga ”a”: Villkoret hänvisar till en fråga som inte finns: ”finns_inte”',
    ]);
  });

  it('refuses a forward reference, on the same page or a later one', () => {
    const samePage = errorsOf(onePage([yesNo('a', when('b')), yesNo('b')]));
    assert.deepEqual(samePage, ['Sida 1, fråga ”a”: Villkoret kan bara hänvisa till en tidigare fråga; ”b” kommer senare (sida 1)']);
    const laterPage = errorsOf(onePage([yesNo('a', when('c'))], [{ key: 'p2', title: 'Två', questions: [yesNo('c')] }]));
    assert.match(laterPage[0], /Villkoret kan bara hänvisa till en tidigare fråga; ”c” kommer senare \(sida 2\)/);
  });

  it('refuses a question referring to itself as a cycle', () => {
    const errors = errorsOf(onePage([yesNo('a', when('a'))]));
    assert.equal(errors[0], 'Sida 1, fråga ”a”: Villkoret kan bara hänvisa till en tidigare fråga; frågan hänvisar till sig själv (en cykel)');
    assert.equal(errors[1], 'Villkoren bildar en cykel: ”a” → ”a”. Ett villkor kan bara hänvisa till en tidigare fråga');
  });

  it('refuses A → B, B → A with a message naming the cycle', () => {
    const errors = errorsOf(onePage([yesNo('a', when('b')), yesNo('b', when('a'))]));
    assert.ok(errors.includes('Villkoren bildar en cykel: ”a” → ”b” → ”a”. Ett villkor kan bara hänvisa till en tidigare fråga'), errors.join('\n'));
  });

  it('finds a cycle through a page condition that names a question on the same page', () => {
    const input = onePage([yesNo('a')], [{ key: 'p2', title: 'Två', showIf: when('b'), questions: [yesNo('b')] }]);
    const result = validateDefinition(input);
    assert.equal(result.ok, false);
    const def = { title: 'T', pages: [{ key: 'p2', title: 'Två', showIf: when('b'), questions: [yesNo('b')] }] } as unknown as SurveyDefinition;
    assert.deepEqual(findConditionCycle(def), ['sidan ”p2”', '”b”', 'sidan ”p2”']);
    assert.equal(findConditionCycle(sampleDefinition()), null);
  });

  it('refuses a condition on an information text', () => {
    const errors = errorsOf(onePage([{ key: 'info', type: 'info_block', text: 'Läs detta' }, yesNo('a', when('info'))]));
    assert.deepEqual(errors, ['Sida 1, fråga ”a”: Villkoret hänvisar till ”info”, som är en informationstext utan svar']);
  });

  it('refuses an operator that does not fit the question type', () => {
    const choice = { key: 'val', type: 'single_choice', text: 'Val', required: true, options: [{ code: 'x', label: 'X' }, { code: 'y', label: 'Y' }] };
    const gtOnChoice = errorsOf(onePage([choice, yesNo('a', { mode: 'all', rules: [{ question: 'val', op: 'gt', value: 1 }] })]));
    assert.match(gtOnChoice[0], /Jämförelsen ”större än” passar inte ”val” \(Ett svarsalternativ\)/);
    const unknownCode = errorsOf(onePage([choice, yesNo('a', when('val', ['x', 'z']))]));
    assert.deepEqual(unknownCode, ['Sida 1, fråga ”a”: Koden ”z” finns inte bland svarsalternativen i ”val” (tillåtna: x, y)']);
    const inOnNumber = errorsOf(onePage([{ key: 'tal', type: 'number', text: 'Tal', required: true }, yesNo('a', when('tal', ['3']))]));
    assert.match(inOnNumber[0], /går inte att använda på ”tal” \(Tal\); jämför med ett tal i stället/);
  });

  it('accepts scale values as codes and as numbers', () => {
    const scale = { key: 'nöjd', type: 'scale', text: 'Nöjd?', required: true, min: 1, max: 5 };
    const ok = (rule: unknown) => validateDefinition(onePage([{ ...scale, key: 'nojd' }, yesNo('a', { mode: 'any', rules: [rule] })])).ok;
    assert.equal(ok({ question: 'nojd', op: 'in', values: ['4', '5'] }), true);
    assert.equal(ok({ question: 'nojd', op: 'lte', value: 2 }), true);
    assert.equal(ok({ question: 'nojd', op: 'in', values: ['6'] }), false);
  });
});

describe('parseDefinitionJson and exportDefinitionJson', () => {
  it('reports bad JSON in Swedish with line and column where known', () => {
    assert.deepEqual(parseDefinitionJson('{\n  "title": "T",\n  "pages": [1,]\n}'), {
      ok: false,
      errors: ['Filen är inte giltig JSON: oväntat tecken ”]”'],
    });
    assert.deepEqual(parseDefinitionJson('{\n  "title" "T"}'), { ok: false, errors: ['Filen är inte giltig JSON: fel på rad 2, tecken 11'] });
    assert.deepEqual(parseDefinitionJson('{"title": "T"'), {
      ok: false,
      errors: ['Filen är inte giltig JSON: fel på rad 1, tecken 14'],
    });
    assert.deepEqual(parseDefinitionJson(''), {
      ok: false,
      errors: ['Filen är inte giltig JSON: texten tar slut för tidigt (saknas en avslutande } eller ]?)'],
    });
  });

  it('passes schema errors and unknown types through with their Swedish paths', () => {
    const result = parseDefinitionJson(JSON.stringify(onePage([{ key: 'x', type: 'slider', text: 'X', required: true }])));
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.errors[0], /^Sida 1, fråga ”x”, frågetyp: Okänd frågetyp ”slider”/);
  });

  it('accepts a file with a byte order mark', () => {
    assert.equal(parseDefinitionJson(`\uFEFF${JSON.stringify(sampleInput)}`).ok, true);
  });

  it('exports with a stable key order and reads back to the same definition', () => {
    const def = sampleDefinition();
    const reordered = JSON.parse(JSON.stringify(def), (_key, value) =>
      value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
    ) as SurveyDefinition;
    const text = exportDefinitionJson(def);
    assert.equal(exportDefinitionJson(reordered), text);
    assert.match(text, /^\{\n {2}"title": "Provenkät",\n {2}"pages": \[\n {4}\{\n {6}"key": "start",\n {6}"title": "Läget",/);
    const back = parseDefinitionJson(text);
    assert.deepEqual(back, { ok: true, definition: def });
  });
});
