import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { insertVersion } from '../../db/repositories/lagesbilder';
import { createTestContext, type StaffClient, type TestContext } from '../support/context';
import { createReadyDraft, draftOf, figureFields, publish, revisionOf, sampleForm } from './helpers';

describe('lägesbild: draft, preview and immutable published versions', function () {
  this.timeout(30000);
  let ctx: TestContext;
  let editor: StaffClient;
  beforeEach(async () => {
    ctx = await createTestContext();
    editor = await ctx.as('editor');
  });
  afterEach(() => ctx.close());

  it('an editor writes a draft with figures, previews it and publishes version 1 to the public archive', async () => {
    const id = await createReadyDraft(ctx, editor);
    const draft = await draftOf(ctx, id);
    assert.equal(draft.figures.length, 2);
    assert.equal(draft.keyFindings.length, 4);

    const preview = await editor.get(`/lagesbilder/${id}/forhandsvisning`);
    assert.equal(preview.status, 200);
    assert.match(preview.text, /Förhandsvisning av utkastet/);
    assert.match(preview.text, /Figur 2\. Andel kommuner som saknar vikarier/);
    const pdfPreview = await editor.get(`/lagesbilder/${id}/forhandsvisning/pdf`).buffer(true);
    assert.equal(pdfPreview.status, 200);
    assert.equal(pdfPreview.headers['content-type'], 'application/pdf');

    assert.equal((await publish(ctx, editor, id)).status, 303);
    const page = await ctx.anonymous().get(`/arkiv/${id}`);
    assert.equal(page.status, 200);
    assert.match(page.text, /Bemanningssituationen inom äldreomsorgen inför sommaren/);
    assert.match(page.text, /Om undersökningen|Figur 1\./);
    const archive = await ctx.anonymous().get('/arkiv');
    assert.match(archive.text, new RegExp(`/arkiv/${id}/version/1/pdf`));
    const pdf = await ctx.anonymous().get(`/arkiv/${id}/version/1/pdf`).buffer(true);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
  });

  it('drafts are never public: not in the archive, no page, no PDF; staff previews need a login', async () => {
    const id = await createReadyDraft(ctx, editor);
    const anon = ctx.anonymous();
    assert.doesNotMatch((await anon.get('/arkiv')).text, /Bemanningssituationen/);
    assert.equal((await anon.get(`/arkiv/${id}`)).status, 404);
    assert.equal((await anon.get(`/arkiv/${id}/version/1`)).status, 404);
    assert.equal((await anon.get(`/arkiv/${id}/version/1/pdf`)).status, 404);
    for (const path of [`/lagesbilder/${id}/forhandsvisning`, `/lagesbilder/${id}/forhandsvisning/pdf`]) {
      const res = await anon.get(path);
      assert.equal(res.status, 303, path);
      assert.match(res.headers.location!, /^\/logga-in/);
    }
  });

  it('a published version never changes: later edits stay in the draft, a correction is version 2 with a change note', async () => {
    const id = await createReadyDraft(ctx, editor);
    await publish(ctx, editor, id);
    const firstPdf = (await ctx.anonymous().get(`/arkiv/${id}/version/1/pdf`).buffer(true)).body as Buffer;

    const changed = await editor.post(`/lagesbilder/${id}`, sampleForm(await revisionOf(ctx, id), { title: 'Ny rubrik efter publicering' }));
    assert.equal(changed.status, 422, 'the figure texts are required, so this save is refused');
    const figures = figureFields(await draftOf(ctx, id));
    const saved = await editor.post(`/lagesbilder/${id}`, { ...sampleForm(await revisionOf(ctx, id), { title: 'Rättad rubrik' }), ...figures });
    assert.equal(saved.status, 303);
    const stillFirst = await ctx.anonymous().get(`/arkiv/${id}`);
    assert.match(stillFirst.text, /Bemanningssituationen inom äldreomsorgen inför sommaren/);
    assert.doesNotMatch(stillFirst.text, /Rättad rubrik/);

    const noNote = await publish(ctx, editor, id);
    assert.equal(noNote.status, 422);
    assert.match(noNote.text, /Skriv vad som är ändrat/);
    assert.match(noNote.text, /href="#f-change_note"/);
    assert.equal((await publish(ctx, editor, id, 'Rättad rubrik.')).status, 303);

    const latest = await ctx.anonymous().get(`/arkiv/${id}`);
    assert.match(latest.text, /Rättad rubrik/);
    assert.match(latest.text, /Version 2\. Ändring: Rättad rubrik\./);
    const old = await ctx.anonymous().get(`/arkiv/${id}/version/1`);
    assert.equal(old.status, 200);
    assert.match(old.text, /har ersatts av en rättad version/);
    assert.match(old.text, /Bemanningssituationen inom äldreomsorgen inför sommaren/);
    const samePdf = (await ctx.anonymous().get(`/arkiv/${id}/version/1/pdf`).buffer(true)).body as Buffer;
    assert.ok(firstPdf.equals(samePdf), 'version 1 PDF is byte for byte the same');
    const archive = await ctx.anonymous().get('/arkiv');
    assert.equal(archive.text.match(/Rättad rubrik<\/a>/g)?.length, 1, 'the archive lists the latest version once');
  });

  it('the database refuses to change, delete or renumber a published version (repository level)', async () => {
    const id = await createReadyDraft(ctx, editor);
    await publish(ctx, editor, id);
    await assert.rejects(ctx.db.updateTable('lagesbild_versions').set({ title: 'Ändrad' }).execute(), /immutable/);
    await assert.rejects(sql`update lagesbild_versions set document = '{}'`.execute(ctx.db), /immutable/);
    await assert.rejects(ctx.db.deleteFrom('lagesbild_versions').execute(), /immutable/);
    const row = await ctx.db.selectFrom('lagesbild_versions').selectAll().executeTakeFirstOrThrow();
    const { id: _id, ...copy } = row;
    await assert.rejects(insertVersion(ctx.db, { ...copy, title: 'Dubblett' }), 'a second version 1 is refused');
    const after = await ctx.db.selectFrom('lagesbild_versions').select(['title', 'document']).executeTakeFirstOrThrow();
    assert.equal(after.title, row.title);
    assert.equal(after.document, row.document);
  });

  it('saving over someone else\'s newer save is refused (409) and the typed text is kept', async () => {
    const id = await createReadyDraft(ctx, editor);
    const stale = await revisionOf(ctx, id);
    const figures = figureFields(await draftOf(ctx, id));
    const admin = await ctx.as('admin');
    assert.equal((await admin.post(`/lagesbilder/${id}`, { ...sampleForm(stale, { title: 'Administratörens rubrik' }), ...figures })).status, 303);
    const res = await editor.post(`/lagesbilder/${id}`, { ...sampleForm(stale, { title: 'Redaktörens rubrik' }), ...figures });
    assert.equal(res.status, 409);
    assert.match(res.text, /Någon annan har sparat lägesbilden/);
    assert.match(res.text, /value="Redaktörens rubrik"/);
    assert.equal((await draftOf(ctx, id)).title, 'Administratörens rubrik');
    const publishStale = await editor.post(`/lagesbilder/${id}/publicera`, { revision: stale, change_note: '' });
    assert.equal(publishStale.status, 409);
  });

  it('refuses an incomplete draft with 422, an error summary and the fields kept', async () => {
    const created = await editor.post('/lagesbilder', { title: '' });
    assert.equal(created.status, 422);
    assert.match(created.text, /href="#f-title"/);
    const ok = await editor.post('/lagesbilder', { title: 'Halvfärdig' });
    const id = Number(/\/lagesbilder\/(\d+)\//.exec(ok.headers.location!)![1]);
    const bad = await editor.post(`/lagesbilder/${id}`, { revision: await revisionOf(ctx, id), title: 'Halvfärdig', date: '2025-13-45', contact_email: 'inte-en-adress', ingress: 'Kvar <b>här</b>' });
    assert.equal(bad.status, 422);
    assert.match(bad.text, /href="#f-date"/);
    assert.match(bad.text, /href="#f-contact_email"/);
    assert.match(bad.text, /Kvar &lt;b&gt;här&lt;\/b&gt;/);
    const preview = await editor.get(`/lagesbilder/${id}/forhandsvisning`);
    assert.equal(preview.status, 200);
    assert.match(preview.text, /Ingress saknas/);
    assert.equal((await editor.get(`/lagesbilder/${id}/forhandsvisning/pdf`)).status, 422, 'no PDF of an incomplete draft, the list of what is missing instead');
    const published = await publish(ctx, editor, id);
    assert.equal(published.status, 422);
    assert.match(published.text, /Ange minst 3 viktiga resultat/);
    assert.equal((await ctx.anonymous().get(`/arkiv/${id}`)).status, 404);
  });

  it('strips scripts and raw HTML from the Markdown body on the preview and the public page', async () => {
    const id = await createReadyDraft(ctx, editor);
    const figures = figureFields(await draftOf(ctx, id));
    const body = '# Avsnitt\n\nFöre <script>alert("x")</script> efter. <img src=x onerror="alert(2)"> [länk](javascript:alert(3)) och [bra](https://example.se).';
    await editor.post(`/lagesbilder/${id}`, { ...sampleForm(await revisionOf(ctx, id), { body }), ...figures });
    await publish(ctx, editor, id);
    for (const res of [await editor.get(`/lagesbilder/${id}/forhandsvisning`), await ctx.anonymous().get(`/arkiv/${id}`)]) {
      assert.equal(res.status, 200);
      assert.match(res.text, /<h2>Avsnitt<\/h2>/);
      assert.match(res.text, /<a href="https:\/\/example.se" rel="noopener">bra<\/a>/);
      for (const bad of ['alert("x")', 'onerror', 'javascript:', '<img']) assert.equal(res.text.includes(bad), false, bad);
    }
  });
});
