import assert from 'node:assert/strict';
import { CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE, safeFilename, safeSheetName } from '../../server/export';

describe('safeFilename', () => {
  it('makes lower-case ASCII with hyphens from any text', () => {
    assert.equal(safeFilename('panel-2026-11-23', 'csv'), 'panel-2026-11-23.csv');
    assert.equal(safeFilename('Återkopplingsmöte Växjö 2026-05-12', '.XLSX'), 'aterkopplingsmote-vaxjo-2026-05-12.xlsx');
  });

  it('lets no path, quote or header character through', () => {
    assert.equal(safeFilename('../../etc/passwd', 'csv'), 'etc-passwd.csv');
    assert.equal(safeFilename('a"\r\nb\\c', 'csv'), 'a-b-c.csv');
    assert.equal(safeFilename('...', 'csv'), 'export.csv');
    assert.equal(safeFilename('x'.repeat(200), 'csv'), `${'x'.repeat(80)}.csv`);
  });

  it('refuses a strange extension', () => {
    assert.throws(() => safeFilename('a', 'cs/v'), /Ogiltig filändelse/);
    assert.throws(() => safeFilename('a', ''), /Ogiltig filändelse/);
  });
});

describe('safeSheetName', () => {
  it('never returns an empty, reserved or apostrophe-framed name', () => {
    const taken = new Set<string>();
    assert.equal(safeSheetName("'[]'", taken), 'Blad');
    assert.equal(safeSheetName('History', taken), 'History 1');
    assert.equal(safeSheetName("'Svar'", taken), 'Svar');
    assert.equal(safeSheetName('blad', taken), 'blad (2)');
  });
});

describe('content types', () => {
  it('names CSV as UTF-8 text and XLSX by its official type', () => {
    assert.equal(CSV_CONTENT_TYPE, 'text/csv; charset=utf-8');
    assert.equal(XLSX_CONTENT_TYPE, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });
});
