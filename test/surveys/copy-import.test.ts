import assert from 'node:assert/strict';
import supertest from 'supertest';
import { surveyTemplates } from '../../server/domain/survey/templates';
import { createTestContext, type StaffClient, type TestContext } from '../support/context';
import { createSurveyVia, definitionOf, revisionOf } from './support';

const keysOf = (def: { pages: { key: string; questions: { key: string }[] }[] }) => def.pages.flatMap((p) => [p.key, ...p.questions.map((q) => q.key)]);

function upload(ctx: TestContext, client: StaffClient, text: string, fields: Record<string, string> = {}) {
  let req = supertest(ctx.app).post(`/enkater/importera?_csrf=${client.csrf}`).set('Cookie', client.cookie);
  for (const [k, v] of Object.entries({ series: '', new_series: '', ...fields })) req = req.field(k, v);
  return req.attach('fil', Buffer.from(text, 'utf8'), { filename: 'enkat.json', contentType: 'application/json' });
}

describe('designer: templates, copies, JSON export and import', () => {
  let ctx: TestContext;
  beforeEach(async () => { ctx = await createTestContext(); });
  afterEach(() => ctx.close());

  it('a copy of a published version keeps every key, in the same series, and the series lists the shared keys', async () => {
    const editor = await ctx.as('editor');
    const june = await createSurveyVia(editor, { kalla: 'mall:bemanning_infor_sommaren', title: 'Juni', series: 'ny', new_series: 'Bemanning sommar' });
    const template = surveyTemplates.find((t) => t.key === 'bemanning_infor_sommaren')!.definition;
    assert.deepEqual(keysOf(await definitionOf(ctx, june.versionId)), keysOf(template));
    await editor.post(`${june.path}/publicera`, { revision: String(await revisionOf(ctx, june.versionId)) });
    const form = await editor.get(`/enkater/ny?fran=${june.versionId}`);
    assert.match(form.text, new RegExp(`value="version:${june.versionId}" checked`));
    const seriesId = (await ctx.db.selectFrom('surveys').select('series_id').where('id', '=', june.surveyId).executeTakeFirstOrThrow()).series_id!;
    assert.match(form.text, new RegExp(`<option value="${seriesId}" selected>Bemanning sommar`));
    const copy = await createSurveyVia(editor, { kalla: `version:${june.versionId}`, title: 'Juni nästa år', series: String(seriesId) });
    const copied = await definitionOf(ctx, copy.versionId);
    assert.deepEqual(keysOf(copied), keysOf(template));
    assert.equal(copied.title, 'Juni nästa år');
    await editor.post(`${copy.path}/publicera`, { revision: String(await revisionOf(ctx, copy.versionId)) });
    const series = await editor.get(`/enkater/serier/${seriesId}`);
    assert.match(series.text, /<code>vidtagna_atgarder<\/code>/);
    const audit = await ctx.db.selectFrom('audit_log').select('action').where('action', '=', 'survey.copy').execute();
    assert.equal(audit.length, 1);
  });

  it('exports a definition as JSON and imports it back unchanged', async () => {
    const editor = await ctx.as('editor');
    const { path, versionId } = await createSurveyVia(editor, { kalla: 'mall:hemtjanst_skadligt_bruk', title: 'Missbruk' });
    const exported = await editor.get(`${path}/export`);
    assert.equal(exported.status, 200);
    assert.match(exported.headers['content-disposition'] ?? '', /attachment; filename="missbruk-v1.json"/);
    const res = await upload(ctx, editor, exported.text);
    assert.equal(res.status, 303, res.text);
    const importedId = Number(res.headers.location!.split('/').pop());
    const { status: _a, ...original } = await definitionOf(ctx, versionId);
    const { status: _b, ...imported } = await definitionOf(ctx, importedId);
    assert.deepEqual(imported, original);
  });

  it('refuses a broken file with clear Swedish messages and saves nothing', async () => {
    const editor = await ctx.as('editor');
    const syntax = await upload(ctx, editor, '{\n  "title": "X",\n  "pages": [,]\n}');
    assert.equal(syntax.status, 422);
    assert.match(syntax.text, /Filen är inte giltig JSON: (fel på rad 3|oväntat tecken ”,”)/);
    const forward = {
      title: 'Framåt', pages: [{ key: 's1', title: 'Sida', questions: [
        { key: 'a', type: 'short_text', text: 'A', required: false, showIf: { mode: 'all', rules: [{ question: 'b', op: 'in', values: ['ja'] }] } },
        { key: 'b', type: 'yes_no', text: 'B', required: true },
        { key: 'c', type: 'scale', text: 'C', required: true, min: 7, max: 3 },
      ] }],
    };
    const invalid = await upload(ctx, editor, JSON.stringify(forward));
    assert.equal(invalid.status, 422);
    assert.match(invalid.text, /href="#f-fil"/);
    assert.match(invalid.text, /fråga ”c”/);
    const missing = await supertest(ctx.app).post(`/enkater/importera?_csrf=${editor.csrf}`).set('Cookie', editor.cookie).field('series', '');
    assert.equal(missing.status, 422);
    assert.match(missing.text, /Välj en JSON-fil/);
    const count = await ctx.db.selectFrom('surveys').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 0);
    const forwardOnly = await upload(ctx, editor, JSON.stringify({ ...forward, pages: [{ ...forward.pages[0], questions: forward.pages[0]!.questions.slice(0, 2) }] }));
    assert.equal(forwardOnly.status, 422);
    assert.match(forwardOnly.text, /Villkoret kan bara hänvisa till en tidigare fråga; ”b” kommer senare/);
  });
});
