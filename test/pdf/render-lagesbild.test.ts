import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sampleLagesbild } from '../../server/domain/lagesbild';
import { renderLagesbildPdf } from '../../server/pdf';
import { pdfinfo, pdftotext, requirePoppler, squash } from './poppler';

async function renderToFile(doc = sampleLagesbild()): Promise<string> {
  const file = path.join(os.tmpdir(), `lagesbild-${randomUUID()}.pdf`);
  writeFileSync(file, await renderLagesbildPdf(doc));
  return file;
}

describe('renderLagesbildPdf', function () {
  this.timeout(30000);
  const files: string[] = [];
  let file: string;
  let info: string;
  let text: string;

  before(async function () {
    requirePoppler(this);
    file = await renderToFile();
    files.push(file);
    info = pdfinfo(file);
    text = squash(pdftotext(file));
  });
  after(() => files.forEach((f) => rmSync(f, { force: true })));

  it('is a tagged PDF with the title in its metadata', () => {
    assert.match(info, /^Title:\s+Bemanningssituationen inom äldreomsorgen inför sommaren$/m);
    assert.match(info, /^Tagged:\s+yes$/m);
    assert.match(info, /^PDF version:\s+1\.7$/m);
  });

  it('has at least two pages, every one of them A4', () => {
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
    assert.ok(pages >= 2, `pages: ${pages}`);
    const sizes = pdfinfo(file, '-f', '1', '-l', String(pages)).match(/^Page\s+\d+ size:.*$/gm) ?? [];
    assert.equal(sizes.length, pages);
    for (const size of sizes) assert.match(size, /size:\s+595\.28 x 841\.89 pts \(A4\)$/);
  });

  it('holds the title, the key findings and every figure caption as real text', () => {
    const doc = sampleLagesbild();
    assert.ok(text.includes(doc.title));
    for (const finding of doc.keyFindings) assert.ok(text.includes(squash(finding)), finding);
    doc.figures.forEach((figure, index) => {
      assert.ok(text.includes(`Figur ${index + 1}. ${figure.caption}`), figure.caption);
    });
  });

  it('keeps å, ä and ö intact', () => {
    for (const word of ['Hälsingland', 'Östra Göinge', 'Åre', 'äldreomsorgen', 'Källa: Äldreomsorgspanelen']) {
      assert.ok(text.includes(word), word);
    }
  });

  it('has the method box, the contact and page numbers', () => {
    assert.ok(text.includes('Viktigaste resultaten'));
    assert.ok(text.includes('Om undersökningen'));
    assert.ok(text.includes('svarsfrekvens på 62 %'));
    assert.ok(text.includes('karin.oberg@example.se'));
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
    assert.ok(text.includes('Sida 1 av'));
    assert.ok(text.includes(`Sida ${pages} av ${pages}`));
  });

  it('never leaves a heading as the last line of a page', () => {
    const headings = ['Viktigaste resultaten', 'Bakgrund', 'Resultat', 'Bristen är störst i Norrland', 'Vad kommunerna gör',
      'Exempel från återkopplingsmötet', 'Figurer och tabeller', 'Om undersökningen', 'Kontakt'];
    const pages = pdftotext(file).split('\f').filter((page) => page.trim() !== '');
    pages.forEach((page, index) => {
      const lines = page.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !/Sida \d+ av \d+$/.test(line));
      assert.equal(headings.includes(lines[lines.length - 1]), false, `sida ${index + 1}: ${lines[lines.length - 1]}`);
    });
  });

  it('shows version and change note from version 2 on', async () => {
    const second = await renderToFile({ ...sampleLagesbild(), version: 2, changeNote: 'Rättad andel i figur 3.' });
    files.push(second);
    assert.ok(squash(pdftotext(second)).includes('Version 2. Ändring: Rättad andel i figur 3.'));
    assert.equal(text.includes('Version'), false);
  });

  it('prints markup in the body as nothing, not as text', async () => {
    const body =
      '# Rubrik\n\nFöre <script>alert("pdf")</script> efter.\n\n<script>\ndocument.title = 1\n</script>\n\n' +
      'Bild: <img src=x onerror="alert(2)"> och <b onmouseover="x()">fetstil</b>.';
    const withScript = await renderToFile({ ...sampleLagesbild(), bodyMarkdown: body });
    files.push(withScript);
    const scriptText = squash(pdftotext(withScript));
    assert.ok(scriptText.includes('Före efter.'));
    assert.ok(scriptText.includes('Bild: och fetstil.'));
    for (const markup of ['<script', 'alert', 'document.title', '<img', 'onerror', 'onmouseover', '<b']) {
      assert.equal(scriptText.includes(markup), false, markup);
    }
  });
});

describe('renderLagesbildPdf input check', () => {
  it('refuses a document that does not match the schema', async () => {
    await assert.rejects(renderLagesbildPdf({ ...sampleLagesbild(), keyFindings: [] }), /Ange minst 3 viktiga resultat/);
  });
});
