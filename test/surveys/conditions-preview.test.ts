import assert from 'node:assert/strict';
import { createTestContext, type TestContext } from '../support/context';
import { addQuestionVia, createSurveyVia, definitionOf, revisionOf } from './support';

describe('designer: conditions and preview', () => {
  let ctx: TestContext;
  beforeEach(async () => { ctx = await createTestContext(); });
  afterEach(() => ctx.close());

  async function surveyWithTwoQuestions() {
    const editor = await ctx.as('editor');
    const created = await createSurveyVia(editor, { title: 'Villkorad' });
    await addQuestionVia(ctx, editor, created.path, created.versionId, 'sida_1', 'yes_no', { key: 'brist', text: 'Finns det brist?', allowDontKnow: '1' });
    await addQuestionVia(ctx, editor, created.path, created.versionId, 'sida_1', 'long_text', { key: 'beskriv', text: 'Beskriv bristen', maxLength: '300' });
    return { editor, ...created };
  }

  it('builds a condition without JavaScript: choose a question, show its options, save', async () => {
    const { editor, path, versionId } = await surveyWithTwoQuestions();
    const url = `${path}/fragor/beskriv/villkor`;
    const form = await editor.get(url);
    assert.match(form.text, /<option value="brist">Finns det brist\? \(brist\)<\/option>/);
    const rev = String(await revisionOf(ctx, versionId));
    const shown = await editor.post(url, { revision: rev, mode: 'all', 'rules.0.question': 'brist', 'rules.0.op': '', _action: 'visa' });
    assert.equal(shown.status, 200);
    assert.match(shown.text, /name="rules.0.values" type="checkbox" value="ja"/);
    const empty = await editor.post(url, { revision: rev, mode: 'all', 'rules.0.question': 'brist', 'rules.0.op': 'in', _action: 'spara' });
    assert.equal(empty.status, 422);
    assert.match(empty.text, /Regel 1: Välj minst ett svarsalternativ/);
    const saved = await editor.post(url, { revision: rev, mode: 'all', 'rules.0.question': 'brist', 'rules.0.op': 'in', 'rules.0.values': 'ja', _action: 'spara' });
    assert.equal(saved.status, 303);
    const def = await definitionOf(ctx, versionId);
    assert.deepEqual(def.pages[0].questions[1].showIf, { mode: 'all', rules: [{ question: 'brist', op: 'in', values: ['ja'] }] });
    assert.match((await editor.get(path)).text, /Visas bara om du har svarat ”Ja” på ”Finns det brist\?”/);
    const edited = await editor.post(`${path}/fragor/beskriv`, { typ: 'long_text', revision: String(await revisionOf(ctx, versionId)), text: 'Beskriv bristen kort', maxLength: '300' });
    assert.equal(edited.status, 303);
    assert.ok((await definitionOf(ctx, versionId)).pages[0].questions[1].showIf, 'editing the text keeps the condition');
  });

  it('refuses forward references and cycles, and deleting a question a condition needs', async () => {
    const { editor, path, versionId } = await surveyWithTwoQuestions();
    const forward = await editor.post(`${path}/fragor/brist/villkor`, { revision: String(await revisionOf(ctx, versionId)), mode: 'all', 'rules.0.question': 'beskriv', 'rules.0.op': 'in', 'rules.0.values': 'x', _action: 'spara' });
    assert.equal(forward.status, 422);
    assert.match(forward.text, /Villkoret kan bara hänvisa till en tidigare fråga/);
    const self = await editor.post(`${path}/fragor/brist/villkor`, { revision: String(await revisionOf(ctx, versionId)), mode: 'all', 'rules.0.question': 'brist', 'rules.0.op': 'in', 'rules.0.values': 'ja', _action: 'spara' });
    assert.equal(self.status, 422);
    assert.match(self.text, /cykel/);
    await editor.post(`${path}/fragor/beskriv/villkor`, { revision: String(await revisionOf(ctx, versionId)), mode: 'all', 'rules.0.question': 'brist', 'rules.0.op': 'in', 'rules.0.values': 'ja', _action: 'spara' });
    const moved = await editor.post(`${path}/fragor/beskriv/flytta`, { revision: String(await revisionOf(ctx, versionId)), riktning: 'upp' });
    assert.equal(moved.status, 422, 'moving a question above the one its condition names would be a forward reference');
    const removed = await editor.post(`${path}/fragor/brist/ta-bort`, { revision: String(await revisionOf(ctx, versionId)) });
    assert.equal(removed.status, 422);
    assert.match(removed.text, /kan inte tas bort eftersom frågan ”Beskriv bristen”/);
    assert.equal((await definitionOf(ctx, versionId)).pages[0].questions.length, 2);
  });

  it('previews the respondent pages with conditions and validation, storing nothing', async () => {
    const editor = await ctx.as('editor');
    const { path, versionId } = await createSurveyVia(editor, { kalla: 'mall:bemanning_infor_sommaren', title: 'Juni' });
    const before = await definitionOf(ctx, versionId);
    const viewer = await ctx.as('viewer');
    const first = await viewer.get(`${path}/forhandsgranska`);
    assert.equal(first.status, 200);
    assert.match(first.text, /Förhandsgranskning/);
    assert.match(first.text, /class="survey-form"/);
    assert.match(first.text, /Sida 1 av 3/);
    const missing = await viewer.post(`${path}/forhandsgranska`, { _page: 'vikarier', _svar: '{}', _action: 'next', q_vikarier_behov: 'många' });
    assert.equal(missing.status, 422);
    assert.match(missing.text, /error-summary/);
    assert.match(missing.text, /value="många"/);
    const page1 = { _page: 'vikarier', _svar: '{}', _action: 'next', q_vikarier_behov: '40', q_vikarier_rekryterade_andel: '75', q_rekrytering_jamfort_fjol: '4' };
    const second = await viewer.post(`${path}/forhandsgranska`, page1);
    assert.equal(second.status, 200, second.text.slice(0, 2000));
    assert.match(second.text, /Brist på personal/);
    const svar = /name="_svar" value="([^"]*)"/.exec(second.text)![1]!.replace(/&#34;/g, '"').replace(/&quot;/g, '"');
    const page2 = { _page: 'brist', _svar: svar, _action: 'next', q_paverkan_insatser: 'nej',
      q_brist_per_grupp__vard_omsorgspersonal: 'viss', q_brist_per_grupp__sjukskoterskor: 'stor', q_brist_per_grupp__rehabpersonal: 'ingen', q_brist_per_grupp__enhetschefer: 'ingen' };
    const third = await viewer.post(`${path}/forhandsgranska`, page2);
    assert.equal(third.status, 200, third.text.slice(0, 3000));
    assert.match(third.text, /<h1 class="survey-page__title">Åtgärder<\/h1>/, 'the page "Påverkan på insatser" is skipped when the answer is "Nej"');
    assert.match(third.text, /Sida 3 av 3/);
    for (const forged of ['inte json', '{"vikarier_behov":{"codes":5},"okand":1}', '[1]']) {
      const res = await viewer.post(`${path}/forhandsgranska`, { ...page2, _svar: forged });
      assert.ok(res.status === 200 || res.status === 422, `${forged}: ${res.status}`);
    }
    assert.deepEqual(await definitionOf(ctx, versionId), before);
    assert.equal(await revisionOf(ctx, versionId), 1);
  });
});
