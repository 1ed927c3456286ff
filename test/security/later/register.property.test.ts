import assert from 'node:assert/strict';
import fc from 'fast-check';
import supertest from 'supertest';
import { createReadyDraft, publish } from '../../lagesbilder/helpers';
import { assertNot500, propertySeed, smtpContext, staffText } from './support';

/** Register data typed by an analyst (the indicator's name and source, the upload's file name) reaches the results
 *  pages, a lägesbild figure, its public page and its PDF (chart labels, figure captions): none of them fails. */
describe('inputs that break later: register-data import (property)', function () {
  this.timeout(600_000);
  let env: Awaited<ReturnType<typeof smtpContext>>;
  const seed = propertySeed('register');
  before(async () => { env = await smtpContext(); });
  after(() => env.close());

  it('never make the register pages, a lägesbild figure, its public page or its PDF fail', async () => {
    let published = 0;
    const inputs = fc.record({ name: staffText(200), source: staffText(200), unit: fc.constantFrom('percent', 'number', 'count'), file: staffText(80) });
    await fc.assert(fc.asyncProperty(inputs, async (t) => {
      const { ctx } = env;
      const analyst = await ctx.as('analyst');
      const csv = 'kommunkod;år;värde\n0114;2023;21,5\n0180;2023;18\n2580;2023;25\n0114;2024;22\n0180;2024;19\n2580;2024;24\n';
      const uploaded = await supertest(ctx.app).post(`/resultat/register/import?_csrf=${analyst.csrf}`).set('Cookie', analyst.cookie)
        .field('name', t.name).field('unit', t.unit).field('source', t.source).attach('fil', Buffer.from(csv, 'utf8'), `${t.file}.csv`);
      assertNot500(uploaded, 'register import');
      if (uploaded.status !== 303) return;
      const indicator = await ctx.db.selectFrom('register_indicators').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow();
      for (const path of ['/resultat/register', `/resultat/register/${indicator.id}`, `/resultat/register/${indicator.id}/jamfor`]) {
        assertNot500(await analyst.get(path), path);
      }
      const editor = await ctx.as('editor');
      const id = await createReadyDraft(ctx, analyst, [`register:${indicator.id}:years`, `register:${indicator.id}:groups:landsdel`]);
      assertNot500(await analyst.get(`/lagesbilder/${id}/forhandsvisning/pdf`), 'preview pdf');
      const pub = await publish(ctx, editor, id);
      assertNot500(pub, 'publish');
      if (pub.status !== 303) return;
      published++;
      for (const path of [`/arkiv/${id}`, `/arkiv/${id}/version/1/pdf`]) assertNot500(await ctx.anonymous().get(path), path);
    }), { numRuns: 8, seed });
    assert.ok(published >= 3, `only ${published} lägesbilder with register figures were published`);
  });
});
