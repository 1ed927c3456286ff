import assert from 'node:assert/strict';
import { markdownToBlocks } from '../../../server/domain/markdown';

const plain = (text: string) => ({ text, bold: false, italic: false });

describe('markdownToBlocks', () => {
  it('gives headings shifted one level, as plain text', () => {
    assert.deepEqual(markdownToBlocks('# Bakgrund\n\n## Läget i **Norrland**\n\n#### Djupt'), [
      { kind: 'heading', level: 2, text: 'Bakgrund' },
      { kind: 'heading', level: 3, text: 'Läget i Norrland' },
      { kind: 'heading', level: 4, text: 'Djupt' },
    ]);
  });

  it('splits a paragraph into styled runs and keeps safe link targets', () => {
    assert.deepEqual(markdownToBlocks('Åre har **fet *och kursiv*** text, [länk](https://example.se) och [falsk](javascript:x()).'), [
      {
        kind: 'paragraph',
        quote: false,
        runs: [
          plain('Åre har '),
          { text: 'fet ', bold: true, italic: false },
          { text: 'och kursiv', bold: true, italic: true },
          plain(' text, '),
          { text: 'länk', bold: false, italic: false, href: 'https://example.se' },
          plain(' och falsk.'),
        ],
      },
    ]);
  });

  it('decodes entities and escapes into the characters they stand for', () => {
    const [block] = markdownToBlocks('A &amp; B &lt;3 &#229;r \\*inte kursiv\\*');
    assert.deepEqual(block, { kind: 'paragraph', quote: false, runs: [plain('A & B <3 år *inte kursiv*')] });
  });

  it('flattens nested lists with a depth and a marker per item', () => {
    assert.deepEqual(markdownToBlocks('- ett\n  - inne\n- två\n\n3. tre\n4. fyra'), [
      {
        kind: 'list',
        ordered: false,
        items: [
          { marker: '•', depth: 0, runs: [plain('ett')] },
          { marker: '–', depth: 1, runs: [plain('inne')] },
          { marker: '•', depth: 0, runs: [plain('två')] },
        ],
      },
      {
        kind: 'list',
        ordered: true,
        items: [
          { marker: '3.', depth: 0, runs: [plain('tre')] },
          { marker: '4.', depth: 0, runs: [plain('fyra')] },
        ],
      },
    ]);
  });

  it('gives tables as header and rows of plain cell text', () => {
    assert.deepEqual(markdownToBlocks('| Område | Andel |\n|---|--:|\n| Östra Göinge | **71** |\n| Hälsingland | – |'), [
      { kind: 'table', header: ['Område', 'Andel'], rows: [['Östra Göinge', '71'], ['Hälsingland', '–']] },
    ]);
  });

  it('marks quoted paragraphs', () => {
    assert.deepEqual(markdownToBlocks('> Vi började i januari.'), [
      { kind: 'paragraph', quote: true, runs: [plain('Vi började i januari.')] },
    ]);
  });

  it('drops raw HTML, scripts and images, and paragraphs left empty by that', () => {
    const blocks = markdownToBlocks(
      '<div onclick="x()">\nblock\n</div>\n\n![bild](https://example.se/a.png)\n\nFöre <script>alert(1)</script>efter <b>fet</b>',
    );
    assert.deepEqual(blocks, [{ kind: 'paragraph', quote: false, runs: [plain('Före efter fet')] }]);
  });
});
