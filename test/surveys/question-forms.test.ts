import assert from 'node:assert/strict';
import { questionTypeNames } from '../../server/domain/question-types/registry';
import { createTestContext, type TestContext } from '../support/context';
import { addQuestionVia, createSurveyVia, definitionOf } from './support';

/** A minimal valid designer form per type; every registered type must have one. */
const VALID: Record<string, Record<string, string>> = {
  single_choice: { text: 'Vilken?', 'options.0.label': 'Röd', 'options.1.label': 'Blå', 'otherOption.label': 'Annat, nämligen' },
  multiple_choice: { text: 'Vilka?', 'options.0.label': 'A', 'options.1.label': 'B', 'options.2.label': 'Inget av ovanstående', 'options.2.exclusive': '1', minSelections: '1', maxSelections: '2' },
  yes_no: { text: 'Ja eller nej?', allowDontKnow: '1' },
  scale: { text: 'Hur nöjd?', min: '1', max: '5', minLabel: 'Inte alls', maxLabel: 'Mycket', dontKnow: '1' },
  number: { text: 'Hur många?', min: '0', max: '10,5', unit: 'kr' },
  percent: { text: 'Hur stor andel?' },
  short_text: { text: 'Vad heter enheten?' },
  long_text: { text: 'Beskriv', maxLength: '500' },
  matrix: { text: 'Brist per grupp', 'rows.0.label': 'Sjuksköterskor', 'rows.1.label': 'Undersköterskor', 'options.0.label': 'Ingen brist', 'options.1.label': 'Stor brist' },
  info_block: { text: 'Läs det här först.' },
};

describe('designer: a form for every question type', () => {
  let ctx: TestContext;
  beforeEach(async () => { ctx = await createTestContext(); });
  afterEach(() => ctx.close());

  it('shows the form of each type and saves a valid question of each', async () => {
    const editor = await ctx.as('editor');
    const { path, versionId } = await createSurveyVia(editor, {});
    assert.deepEqual(Object.keys(VALID).sort(), [...questionTypeNames].sort());
    for (const type of questionTypeNames) {
      const form = await editor.get(`${path}/sidor/sida_1/fragor/ny?typ=${type}`);
      assert.equal(form.status, 200, type);
      assert.match(form.text, /id="f-text"/, type);
      const res = await addQuestionVia(ctx, editor, path, versionId, 'sida_1', type, VALID[type]!);
      assert.equal(res.status, 303, `${type}: ${res.text.slice(0, 3000)}`);
    }
    const def = await definitionOf(ctx, versionId);
    const byType = Object.fromEntries(def.pages[0].questions.map((q: { type: string }) => [q.type, q]));
    assert.deepEqual(byType.single_choice.options.map((o: { code: string }) => o.code), ['rod', 'bla'], 'codes made from the labels');
    assert.deepEqual(byType.single_choice.otherOption, { code: 'annat_namligen', label: 'Annat, nämligen' });
    assert.equal(byType.multiple_choice.options[2].exclusive, true);
    assert.equal(byType.number.max, 10.5, 'Swedish decimal comma');
    assert.deepEqual(byType.matrix.rows.map((r: { key: string }) => r.key), ['sjukskoterskor', 'underskoterskor']);
    assert.equal(byType.info_block.required, false);
    const edit = await editor.get(`${path}/fragor/${byType.matrix.key}`);
    assert.match(edit.text, /value="Sjuksköterskor"/);
  });

  it('refuses invalid settings with 422, the message by the field and the values kept', async () => {
    const editor = await ctx.as('editor');
    const { path, versionId } = await createSurveyVia(editor, {});
    const scale = await addQuestionVia(ctx, editor, path, versionId, 'sida_1', 'scale', { text: 'Skala', min: '5', max: 'tre' });
    assert.equal(scale.status, 422);
    assert.match(scale.text, /href="#f-max"/);
    assert.match(scale.text, /Högsta värde: Ange ett tal/);
    assert.match(scale.text, /value="tre"/);
    const choice = await addQuestionVia(ctx, editor, path, versionId, 'sida_1', 'single_choice', { text: 'Bara ett alternativ', 'options.0.label': 'Ensam' });
    assert.equal(choice.status, 422);
    assert.match(choice.text, /Svarsalternativ/);
    const key = await addQuestionVia(ctx, editor, path, versionId, 'sida_1', 'short_text', { key: 'Ogiltig nyckel', text: 'Text' });
    assert.equal(key.status, 422);
    assert.match(key.text, /Nyckeln ska börja med en liten bokstav/);
    assert.equal((await definitionOf(ctx, versionId)).pages[0].questions.length, 0, 'nothing saved');
  });

  it('"Fler rader" shows more blank option rows without saving', async () => {
    const editor = await ctx.as('editor');
    const { path, versionId } = await createSurveyVia(editor, {});
    const res = await addQuestionVia(ctx, editor, path, versionId, 'sida_1', 'single_choice', { _action: 'fler', text: 'Vilken?', 'options.0.label': 'A', 'options.1.label': 'B', 'options.2.label': 'C' });
    assert.equal(res.status, 200);
    assert.match(res.text, /name="options.5.label"/);
    assert.match(res.text, /value="C"/);
    assert.equal((await definitionOf(ctx, versionId)).pages[0].questions.length, 0);
  });
});
