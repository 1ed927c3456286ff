import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createReadyDraft, draftOf, figureFields, publish, revisionOf, sampleForm } from '../../lagesbilder/helpers';
import { assertMailGoesOut, assertNot500, propertySeed, smtpContext, staffText } from './support';

/** Lägesbild content, figure texts and recipient lists typed by staff: the public page, the PDF
 *  (pdfkit, chart images) and the distribution mail with the PDF attached never fail. */
describe('inputs that break later: lägesbild and recipient-list forms (property)', function () {
  this.timeout(600_000);
  let env: Awaited<ReturnType<typeof smtpContext>>;
  const seed = propertySeed('lägesbilder');
  before(async () => { env = await smtpContext(); });
  after(() => env.close());

  it('never make the public page, the PDF or the distribution mail fail', async () => {
    let published = 0;
    const texts = fc.record({
      title: staffText(200), subtitle: staffText(200), ingress: staffText(400), body: staffText(400), finding: staffText(300),
      contact: staffText(120), caption: staffText(200), alt: staffText(300), source: staffText(200), listName: staffText(120), person: staffText(60),
    });
    await fc.assert(fc.asyncProperty(texts, async (t) => {
      const { ctx } = env;
      const editor = await ctx.as('editor');
      const id = await createReadyDraft(ctx, editor);
      const draft = await draftOf(ctx, id);
      const figures = Object.fromEntries(Object.entries(figureFields(draft)).map(([k, v]) => [k, k.endsWith('_caption') ? t.caption : k.endsWith('_alt') ? t.alt : k.endsWith('_source') ? t.source : v]));
      const saved = await editor.post(`/lagesbilder/${id}`, {
        ...sampleForm(await revisionOf(ctx, id), { title: t.title, subtitle: t.subtitle, ingress: t.ingress, body: t.body, finding_1: t.finding, contact_name: t.contact }),
        ...figures,
      });
      assertNot500(saved, 'save draft');
      assertNot500(await editor.get(`/lagesbilder/${id}/forhandsvisning`), 'preview');
      assertNot500(await editor.get(`/lagesbilder/${id}/forhandsvisning/pdf`), 'preview pdf');
      const pub = await publish(ctx, editor, id);
      assertNot500(pub, 'publish');
      if (pub.status !== 303) return;
      published++;
      for (const path of ['/arkiv', `/arkiv/${id}`, `/arkiv/${id}/version/1/pdf`]) assertNot500(await ctx.anonymous().get(path), path);
      const list = await editor.post('/lagesbilder/mottagarlistor', { name: `${t.listName} ${id}`, kind: 'addresses', attach_pdf: '1', addresses: `${t.person} <m${id}@kommun.example>\nn${id}@kommun.example` });
      assertNot500(list, 'recipient list');
      // A refused name (e.g. with a control character: 422) is not looked up; Postgres refuses NUL in a text parameter.
      const row = list.status !== 303 ? undefined : await ctx.db.selectFrom('recipient_lists').select('id').where('name', '=', `${t.listName} ${id}`.trim()).executeTakeFirst();
      if (row) assertNot500(await editor.post(`/lagesbilder/${id}/utskick`, { version: '1', list_id: String(row.id) }), 'distribute');
      await assertMailGoesOut(ctx, `lägesbild ${JSON.stringify(t)}`);
    }), { numRuns: 10, seed });
    assert.ok(published >= 3, `only ${published} lägesbilder were published`);
  });
});
