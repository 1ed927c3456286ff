import assert from 'node:assert/strict';
import { createTestContext, type TestContext } from '../support/context';
import { addQuestionVia, createSurveyVia, definitionOf, revisionOf } from './support';

describe('designer: optimistic locking', () => {
  let ctx: TestContext;
  beforeEach(async () => { ctx = await createTestContext(); });
  afterEach(() => ctx.close());

  it('refuses the second of two saves made from the same revision, keeps what was typed and loses nothing', async () => {
    const editor = await ctx.as('editor');
    const admin = await ctx.as('admin');
    const { path, versionId } = await createSurveyVia(editor, {});
    assert.equal((await addQuestionVia(ctx, editor, path, versionId, 'sida_1', 'short_text', { key: 'enhet', text: 'Enhetens namn' })).status, 303);
    const seen = String(await revisionOf(ctx, versionId));

    const first = await editor.post(`${path}/fragor/enhet`, { typ: 'short_text', revision: seen, text: 'Redaktörens text', required: '1' });
    assert.equal(first.status, 303);
    const second = await admin.post(`${path}/fragor/enhet`, { typ: 'short_text', revision: seen, text: 'Administratörens text', required: '1' });
    assert.equal(second.status, 409);
    assert.match(second.text, /Någon annan har sparat utkastet/);
    assert.match(second.text, /Administratörens text/, 'the typed text is kept in the form');
    assert.match(second.text, new RegExp(`name="revision" value="${await revisionOf(ctx, versionId)}"`), 'saving again is a deliberate choice');
    assert.equal((await definitionOf(ctx, versionId)).pages[0].questions[0].text, 'Redaktörens text', 'the first save is not overwritten');

    const stale = await admin.post(`${path}/fragor/enhet/ta-bort`, { revision: seen });
    assert.equal(stale.status, 409);
    assert.equal((await definitionOf(ctx, versionId)).pages[0].questions.length, 1);
    const audit = await ctx.db.selectFrom('audit_log').select('action').where('action', '=', 'survey.draft.edit').execute();
    assert.equal(audit.length, 2);
  });
});
