import assert from 'node:assert/strict';
import { readTable, WINDOWS_1252_NOTICE, type ReadTableResult } from '../../../server/domain/tabular';

type Table = Extract<ReadTableResult, { ok: true }>;

async function readOk(content: Buffer | string, filename = 'panel.csv', opts = {}): Promise<Table> {
  const result = await readTable(typeof content === 'string' ? Buffer.from(content, 'utf8') : content, filename, opts);
  if (!result.ok) assert.fail(`expected ok, got: ${result.message}`);
  return result;
}

async function readError(content: Buffer | string, filename = 'panel.csv', opts = {}): Promise<string> {
  const result = await readTable(typeof content === 'string' ? Buffer.from(content, 'utf8') : content, filename, opts);
  if (result.ok) assert.fail('expected an error');
  return result.message;
}

describe('domain/tabular: readTable on CSV', () => {
  it('reads UTF-8 with BOM, strips the BOM from the first header', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('kommunkod,kommun\n0305,Håbo\n', 'utf8')]);
    const table = await readOk(bytes);
    assert.deepEqual(table.headers, ['kommunkod', 'kommun']);
    assert.deepEqual(table.rows, [{ line: 2, cells: ['0305', 'Håbo'] }]);
    assert.deepEqual(table.notices, []);
  });

  it('reads Windows-1252 (Latin-1) bytes and says so', async () => {
    const table = await readOk(Buffer.from('kommun;e-post\nHåbo;a@b.se\nÖckerö;c@d.se\n', 'latin1'));
    assert.deepEqual(table.headers, ['kommun', 'e-post']);
    assert.deepEqual(table.rows.map((r) => r.cells), [['Håbo', 'a@b.se'], ['Öckerö', 'c@d.se']]);
    assert.deepEqual(table.notices, [WINDOWS_1252_NOTICE]);
  });

  it('decodes Windows-1252-only characters such as the en dash and euro sign', async () => {
    const bytes = Buffer.from([...Buffer.from('a;b\nx', 'latin1'), 0x96, 0x80, ...Buffer.from(';y\n', 'latin1')]);
    const table = await readOk(bytes);
    assert.deepEqual(table.rows[0].cells, ['x–€', 'y']);
  });

  it('reads UTF-16 LE with BOM (Excel "Unicode text") with tabs', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('kommun\tkod\r\nÅre\t2321\r\n', 'utf16le')]);
    const table = await readOk(bytes, 'export.txt');
    assert.deepEqual(table.headers, ['kommun', 'kod']);
    assert.deepEqual(table.rows[0].cells, ['Åre', '2321']);
  });

  it('sniffs the separator from the header line, ignoring separators inside quotes', async () => {
    const semicolons = await readOk('kommun;e-post;namn\nMalmö;a@b.se;"Svensson, Anna"\n');
    assert.deepEqual(semicolons.rows[0].cells, ['Malmö', 'a@b.se', 'Svensson, Anna']);
    const commas = await readOk('"kommun;namn",e-post\nMalmö,a@b.se\n');
    assert.deepEqual(commas.headers, ['kommun;namn', 'e-post']);
    const tabs = await readOk('kommun\te-post\nÅre\ta@b.se\n');
    assert.deepEqual(tabs.rows[0].cells, ['Åre', 'a@b.se']);
  });

  it('handles RFC 4180 quoting: separators, doubled quotes, line breaks; keeps real line numbers', async () => {
    const csv = 'kommun,kommentar,e-post\r\n'
      + 'Åre,"Säger ""hej"", och\r\nhejdå",a@b.se\r\n'
      + 'Habo,,c@d.se\r\n';
    const table = await readOk(csv);
    assert.deepEqual(table.rows, [
      { line: 2, cells: ['Åre', 'Säger "hej", och\nhejdå', 'a@b.se'] },
      { line: 4, cells: ['Habo', '', 'c@d.se'] },
    ]);
  });

  it('accepts CR-only line endings and a last line without line break', async () => {
    const table = await readOk('kommun;kod\rÅre;2321\rHabo;0643');
    assert.deepEqual(table.rows, [{ line: 2, cells: ['Åre', '2321'] }, { line: 3, cells: ['Habo', '0643'] }]);
  });

  it('skips empty lines and separator-only lines, keeping file line numbers; trims cells and trailing columns', async () => {
    const csv = 'kommun;e-post;;\n\n;;;\n Håbo ; a@b.se ;;\n\n"Habo";c@d.se\n';
    const table = await readOk(csv);
    assert.deepEqual(table.headers, ['kommun', 'e-post']);
    assert.deepEqual(table.rows, [
      { line: 4, cells: ['Håbo', 'a@b.se'] },
      { line: 6, cells: ['Habo', 'c@d.se'] },
    ]);
  });

  it('pads short rows and drops extra values with a notice', async () => {
    const table = await readOk('kommun;e-post\nHåbo\nHabo;a@b.se;extra\n');
    assert.deepEqual(table.rows.map((r) => r.cells), [['Håbo', ''], ['Habo', 'a@b.se']]);
    assert.equal(table.notices.length, 1);
    assert.match(table.notices[0], /rad 3/);
  });

  it('refuses duplicate header names, also when they differ only in case or hyphen', async () => {
    assert.match(await readError('kommun;e-post;Kommun\nA;b;c\n'), /Kolumnen ”Kommun” finns mer än en gång/);
    assert.match(await readError('e-post;E_post\na;b\n'), /”E_post” finns mer än en gång/);
  });

  it('refuses too many rows and too many bytes, naming the limit', async () => {
    const rows = Array.from({ length: 6 }, (_, i) => `Kommun ${i};a${i}@b.se`).join('\n');
    assert.match(await readError(`kommun;e-post\n${rows}\n`, 'panel.csv', { maxRows: 5 }), /Filen har 6 rader, men högst 5 rader/);
    assert.equal((await readOk(`kommun;e-post\n${rows}\n`, 'panel.csv', { maxRows: 6 })).rows.length, 6);
    const big = Buffer.alloc(2 * 1024 * 1024 + 1, 'a');
    assert.match(await readError(big, 'stor.csv', { maxBytes: 2 * 1024 * 1024 }), /högst 2 MB/);
  });

  it('the default row limit is 5000', async () => {
    const rows = Array.from({ length: 5001 }, (_, i) => `${i}`).join('\n');
    assert.match(await readError(`nr\n${rows}\n`), /högst 5\s000 rader/);
  });

  it('refuses a double-encoded UTF-8 file (Ã¥ Ã¤ Ã¶) and names the line', async () => {
    const mojibake = Buffer.from('kommun;e-post\nÅre;a@b.se\nHÃ¥bo;c@d.se\n', 'utf8');
    const message = await readError(mojibake);
    assert.match(message, /fel teckenkodning/);
    assert.match(message, /rad 3/);
  });

  it('refuses an unclosed quote, naming the line it starts on', async () => {
    assert.match(await readError('kommun;namn\nHåbo;"Anna\nHabo;Bo\n'), /citattecken \(\"\) på rad 2/);
  });

  it('refuses empty files, a header without rows and binary content', async () => {
    assert.equal(await readError(''), 'Filen är tom.');
    assert.equal(await readError('\n;;\n'), 'Filen är tom.');
    assert.match(await readError('kommun;e-post\n'), /inga rader/);
    assert.match(await readError(Buffer.from([0x41, 0x00, 0x42, 0x00, 0x0a, 0x00])), /binära data/);
  });

  it('refuses other file types and old Excel', async () => {
    assert.equal(await readError('x', 'panel.pdf'), 'Filtypen stöds inte. Ladda upp en CSV- eller Excel-fil (.xlsx).');
    assert.equal(await readError('x', 'panel'), 'Filtypen stöds inte. Ladda upp en CSV- eller Excel-fil (.xlsx).');
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    assert.match(await readError(ole, 'panel.xls'), /\.xls.*spara den som Excel-arbetsbok \(\.xlsx\)/);
    assert.match(await readError(ole, 'panel.csv'), /gamla Excel-formatet/);
    assert.match(await readError(ole, 'panel.xlsx'), /lösenordsskyddad/);
    assert.match(await readError('kommun;kod\n', 'panel.xlsx'), /ingen Excel-arbetsbok/);
  });
});
