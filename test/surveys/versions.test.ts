import assert from 'node:assert/strict';
import { createTestContext, type TestContext } from '../support/context';
import { addQuestionVia, createSurveyVia, definitionOf, revisionOf } from './support';

describe('designer: publishing freezes a version', () => {
  let ctx: TestContext;
  beforeEach(async () => { ctx = await createTestContext(); });
  afterEach(() => ctx.close());

  it('refuses to publish a survey without questions', async () => {
    const editor = await ctx.as('editor');
    const { path, versionId } = await createSurveyVia(editor, {});
    const res = await editor.post(`${path}/publicera`, { revision: String(await revisionOf(ctx, versionId)) });
    assert.equal(res.status, 422);
    assert.match(res.text, /inga frågor att svara på/);
    assert.equal((await definitionOf(ctx, versionId)).status, 'draft');
  });

  it('never changes a published version; editing makes a new draft version with the same keys', async () => {
    const editor = await ctx.as('editor');
    const { path, versionId, surveyId } = await createSurveyVia(editor, { kalla: 'mall:bemanning_infor_sommaren', title: 'Juni' });
    const published = await editor.post(`${path}/publicera`, { revision: String(await revisionOf(ctx, versionId)) });
    assert.equal(published.status, 303);
    const frozen = await definitionOf(ctx, versionId);
    assert.equal(frozen.status, 'published');
    const rev = String(await revisionOf(ctx, versionId));

    const edit = await editor.post(`${path}/fragor/kommentar/ta-bort`, { revision: rev });
    assert.equal(edit.status, 409);
    assert.match(edit.text, /publicerad och kan inte ändras/);
    const form = await editor.post(`${path}/installningar`, { revision: rev, title: 'Nytt namn', intro: '' });
    assert.equal(form.status, 409);
    const frozenForm = await editor.get(`${path}/installningar`);
    assert.equal(frozenForm.status, 409, 'no edit form for a published version');
    assert.match(frozenForm.text, /Gör en ny version/);
    assert.deepEqual(await definitionOf(ctx, versionId), frozen, 'published definition unchanged');
    assert.doesNotMatch((await editor.get(path)).text, /Flytta upp/, 'no edit buttons on a published version');

    const draft = await editor.post(`${path}/ny-version`, {});
    assert.equal(draft.status, 303);
    const newPath = draft.headers.location!;
    assert.match(newPath, new RegExp(`^/enkater/${surveyId}/versioner/\\d+$`));
    const newId = Number(newPath.split('/').pop());
    assert.notEqual(newId, versionId);
    const copy = await definitionOf(ctx, newId);
    assert.equal(copy.status, 'draft');
    assert.deepEqual({ ...copy, status: 'published' }, frozen, 'the draft starts as a copy, keys included');
    const row = await ctx.db.selectFrom('survey_versions').select('version_no').where('id', '=', newId).executeTakeFirstOrThrow();
    assert.equal(row.version_no, 2);
    assert.equal((await editor.post(`${path}/ny-version`, {})).headers.location, newPath, 'one draft at a time');

    assert.equal((await addQuestionVia(ctx, editor, newPath, newId, 'atgarder', 'short_text', { text: 'Ny fråga' })).status, 303);
    assert.deepEqual(await definitionOf(ctx, versionId), frozen, 'still unchanged after editing the new draft');
  });

  it('deletes a draft after a confirmation page, never a published version', async () => {
    const editor = await ctx.as('editor');
    const { path, versionId } = await createSurveyVia(editor, {});
    assert.match((await editor.get(`${path}/ta-bort`)).text, /Ja, ta bort utkastet/);
    const res = await editor.post(`${path}/ta-bort`, { revision: String(await revisionOf(ctx, versionId)) });
    assert.equal(res.status, 303);
    assert.equal(res.headers.location, '/enkater');
    assert.equal(await ctx.db.selectFrom('survey_versions').select('id').where('id', '=', versionId).executeTakeFirst(), undefined);
  });
});
