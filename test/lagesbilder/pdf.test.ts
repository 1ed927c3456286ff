import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sampleLagesbild } from '../../server/domain/lagesbild';
import { pdfinfo, pdftotext, requirePoppler, squash } from '../pdf/poppler';
import { createTestContext, type TestContext } from '../support/context';
import { changeDraft } from '../../server/services/lagesbilder/edit-draft';
import { createReadyDraft, draftOf, publish, revisionOf } from './helpers';

describe('lägesbild PDF from the public archive', function () {
  this.timeout(30000);
  let ctx: TestContext;
  let file: string;
  let info: string;
  let text: string;
  let captions: string[];

  before(async function () {
    requirePoppler(this);
    ctx = await createTestContext();
    const editor = await ctx.as('editor');
    const id = await createReadyDraft(ctx, editor);
    captions = (await draftOf(ctx, id)).figures.map((f) => f.caption);
    // The method box normally comes from a closed wave; here its facts are set directly on the draft.
    const { text: _text, ...facts } = sampleLagesbild().method!;
    const actor = { id: editor.userId!, email: 'editor@test.example', name: 'Test editor' };
    await changeDraft(ctx.deps, actor, id, Number(await revisionOf(ctx, id)), (d) => ({ ...d, method: facts }));
    assert.equal((await publish(ctx, editor, id)).status, 303);
    const res = await ctx.anonymous().get(`/arkiv/${id}/version/1/pdf`).buffer(true);
    assert.equal(res.status, 200);
    assert.match(res.headers['content-disposition'], /filename="lagesbild-\d+-version-1\.pdf"/);
    file = path.join(os.tmpdir(), `arkiv-${randomUUID()}.pdf`);
    writeFileSync(file, res.body as Buffer);
    info = pdfinfo(file);
    text = squash(pdftotext(file));
  });
  after(async () => {
    if (file) rmSync(file, { force: true });
    await ctx?.close();
  });

  it('is tagged, titled and A4 on every page', () => {
    assert.match(info, /^Title:\s+Bemanningssituationen inom äldreomsorgen inför sommaren$/m);
    assert.match(info, /^Tagged:\s+yes$/m);
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
    assert.ok(pages >= 2, `pages: ${pages}`);
    const sizes = pdfinfo(file, '-f', '1', '-l', String(pages)).match(/^Page\s+\d+ size:.*$/gm) ?? [];
    assert.equal(sizes.length, pages);
    for (const size of sizes) assert.match(size, /595\.28 x 841\.89 pts \(A4\)/);
  });

  it('holds the title, every key finding and figure caption, with å, ä and ö intact', () => {
    const doc = sampleLagesbild();
    assert.ok(text.includes(doc.title));
    for (const finding of doc.keyFindings) assert.ok(text.includes(squash(finding)), finding);
    captions.forEach((caption, i) => assert.ok(text.includes(`Figur ${i + 1}. ${caption}`), caption));
    for (const word of ['Östra Göinge', 'Åre', 'äldreomsorgen', 'Om undersökningen', 'svarsfrekvens på 62 %']) assert.ok(text.includes(word), word);
  });
});
