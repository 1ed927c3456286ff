import assert from 'node:assert/strict';
import { readTable } from '../../../server/domain/tabular';
import { columnName, sheetXml, xlsxOf } from '../../support/xlsx-bytes';

const SHEET = 'xl/worksheets/sheet1.xml';
const HEADER = ['kommun', 'e-post'];

async function refusal(bytes: Buffer, filename: string, opts = {}): Promise<string> {
  const result = await readTable(bytes, filename, opts);
  assert.equal(result.ok, false, 'the file was read');
  return result.ok ? '' : result.message;
}

describe('domain/tabular: spreadsheet bombs and size caps', () => {
  it('refuses a workbook whose zip directory declares a huge unpacked part, before unpacking it', async () => {
    const bomb = xlsxOf({ name: SHEET, data: sheetXml([HEADER, ['Håbo', 'a@b.se']]), declaredSize: 370 * 1024 * 1024 });
    assert.match(await refusal(bomb, 'bomb.xlsx'), /370 MB.*högst 50 MB/);
  });

  it('refuses a part that unpacks more than 100 times (a compressed bomb), naming the limit', async () => {
    const bomb = xlsxOf(sheetXml([HEADER, ['Håbo', 'a@b.se']], ' '.repeat(5_000_000)));
    assert.ok(bomb.length < 20_000, 'the bomb is small when packed');
    assert.match(await refusal(bomb, 'bomb.xlsx'), /högst 100 gånger/);
    assert.match(await refusal(bomb, 'bomb.csv'), /högst 100 gånger/, 'also when renamed to .csv');
  });

  it('refuses a part that unpacks to more than its zip directory says', async () => {
    const liar = xlsxOf({ name: SHEET, data: sheetXml([HEADER, ['Håbo', 'a@b.se']], ' '.repeat(200_000)), declaredSize: 4000 });
    assert.match(await refusal(liar, 'p.xlsx'), /packas upp till mer än/);
  });

  it('never reads more than 10 000 rows, whatever the caller allows', async () => {
    const rows = Array.from({ length: 10_001 }, (_, i) => `K${i};a${i}@b.se`).join('\n');
    assert.match(await refusal(Buffer.from(`kommun;e-post\n${rows}\n`), 'p.csv', { maxRows: 50_000 }), /Filen har 10\s001 rader, men högst 10\s000 rader/);
    const ok = await readTable(Buffer.from(`kommun;e-post\n${rows.split('\n').slice(1).join('\n')}\n`), 'p.csv', { maxRows: 50_000 });
    assert.equal(ok.ok, true);
  });

  it('refuses more than 100 columns with content, in CSV and Excel', async () => {
    const wide = Array.from({ length: 101 }, (_, i) => `k${i}`);
    assert.match(await refusal(Buffer.from(`${wide.join(';')}\n${wide.join(';')}\n`), 'p.csv'), /rad 1 har fler än 100 kolumner/);
    assert.match(await refusal(xlsxOf(sheetXml([HEADER, wide])), 'p.xlsx'), /rad 2 har fler än 100 kolumner/);
    const trailing = await readTable(Buffer.from(`kommun;e-post${';'.repeat(300)}\nHåbo;a@b.se${';'.repeat(300)}\n`), 'p.csv');
    assert.equal(trailing.ok, true, 'empty cells past the limit (as Excel writes them) are fine');
  });

  it('refuses a cell longer than 1 000 characters, in CSV and Excel', async () => {
    const long = 'å'.repeat(1001);
    assert.match(await refusal(Buffer.from(`kommun;e-post\nHåbo;${long}\n`), 'p.csv'), /rad 2 har en cell med fler än 1\s000 tecken/);
    assert.match(await refusal(Buffer.from(`kommun;e-post\nHåbo;"${'x'.repeat(3_000_000)}"\n`), 'p.csv'), /fler än 1\s000 tecken/);
    assert.match(await refusal(xlsxOf(sheetXml([HEADER, ['Håbo', long]])), 'p.xlsx'), /rad 2 har en cell med fler än 1\s000 tecken/);
    assert.equal((await readTable(Buffer.from(`kommun;e-post\nHåbo;${'x'.repeat(1000)}\n`), 'p.csv')).ok, true);
  });

  it('an Excel cell far to the right counts as a column', async () => {
    assert.equal(columnName(16383), 'XFD');
    const far = Buffer.from(sheetXml([HEADER]).toString().replace('</row>', '<c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row>'));
    assert.match(await refusal(xlsxOf(far), 'p.xlsx'), /fler än 100 kolumner/);
  });
});
