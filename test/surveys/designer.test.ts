import assert from 'node:assert/strict';
import { createTestContext, type TestContext } from '../support/context';
import { addQuestionVia, createSurveyVia, definitionOf, revisionOf } from './support';

describe('survey designer without JavaScript', () => {
  let ctx: TestContext;
  beforeEach(async () => { ctx = await createTestContext(); });
  afterEach(() => ctx.close());

  it('creates a blank survey, adds pages and questions of several types, moves, duplicates and deletes', async () => {
    const editor = await ctx.as('editor');
    const { path, versionId } = await createSurveyVia(editor, { title: 'Min enkät' });
    const page = await editor.get(path);
    assert.equal(page.status, 200);
    assert.match(page.text, /Min enkät/);
    assert.equal((await addQuestionVia(ctx, editor, path, versionId, 'sida_1', 'yes_no', { text: 'Har ni vikarier?', allowDontKnow: '1' })).status, 303);
    const added = await addQuestionVia(ctx, editor, path, versionId, 'sida_1', 'number', { key: 'antal', text: 'Hur många?', min: '0', max: '500', integer: '1', unit: 'personer' });
    assert.equal(added.status, 303, added.text);
    let def = await definitionOf(ctx, versionId);
    assert.deepEqual(def.pages[0].questions.map((q: { key: string }) => q.key), ['har_ni_vikarier', 'antal']);
    assert.equal(def.pages[0].questions[1].max, 500);

    const rev = () => revisionOf(ctx, versionId).then(String);
    assert.equal((await editor.post(`${path}/fragor/antal/flytta`, { revision: await rev(), riktning: 'upp' })).status, 303);
    assert.equal((await editor.post(`${path}/fragor/antal/kopiera`, { revision: await rev() })).status, 303);
    def = await definitionOf(ctx, versionId);
    assert.deepEqual(def.pages[0].questions.map((q: { key: string }) => q.key), ['antal', 'antal_kopia', 'har_ni_vikarier']);
    assert.equal((await editor.post(`${path}/fragor/antal_kopia/ta-bort`, { revision: await rev() })).status, 303);
    assert.equal((await editor.post(`${path}/sidor`, { revision: await rev(), title: 'Åtgärder', intro: '' })).status, 303);
    def = await definitionOf(ctx, versionId);
    assert.deepEqual(def.pages.map((p: { key: string }) => p.key), ['sida_1', 'atgarder']);
    assert.equal(def.pages[0].questions.length, 2);
    const shown = await editor.get(path);
    assert.match(shown.text, /Hur många\?/);
    assert.match(shown.text, /Heltal 0–500 personer/);
  });
});
