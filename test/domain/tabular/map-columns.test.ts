import assert from 'node:assert/strict';
import { mapColumns } from '../../../server/domain/tabular';

const spec = [
  { field: 'code', aliases: ['kommunkod', 'kod', 'kommun_kod', 'municipality_code'] },
  { field: 'name', aliases: ['kommun', 'kommunnamn'] },
  { field: 'email', aliases: ['e-post', 'epost', 'mejl'], required: true },
] as const;

describe('domain/tabular: mapColumns', () => {
  it('matches case-insensitively with spaces, underscores and hyphens equivalent, and lists extra columns', () => {
    const result = mapColumns([' Kommun Kod ', 'Namn', 'E_POST', 'Titel'], spec);
    assert.deepEqual(result, { ok: true, index: { code: 0, email: 2 }, ignored: ['Namn', 'Titel'] });
  });

  it('gives typed indexes for required fields', () => {
    const result = mapColumns(['kommun', 'mejl'], spec);
    if (!result.ok) assert.fail(result.message);
    const emailColumn: number = result.index.email;
    assert.equal(emailColumn, 1);
    assert.equal(result.index.name, 0);
    assert.equal(result.index.code, undefined);
  });

  it('names a missing required column and the columns found', () => {
    const result = mapColumns(['kommunkod', 'namn'], spec);
    assert.deepEqual(result, {
      ok: false,
      message: 'Kolumnen ”e-post” saknas. Första raden i filen ska vara en rubrikrad. Kolumner i filen: ”kommunkod”, ”namn”.',
    });
  });

  it('requires one of a group of columns', () => {
    const result = mapColumns(['e-post'], spec, { requireOneOf: [['code', 'name']] });
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.message : '', /^Kolumnen ”kommunkod” eller ”kommun” saknas\./);
    assert.equal(mapColumns(['e-post', 'Kommun'], spec, { requireOneOf: [['code', 'name']] }).ok, true);
  });

  it('refuses two columns that mean the same field', () => {
    const result = mapColumns(['kod', 'kommunkod', 'e-post'], spec);
    assert.deepEqual(result, { ok: false, message: 'Kolumnerna ”kod” och ”kommunkod” betyder samma sak. Ta bort den ena.' });
  });

  it('does not list empty header cells as ignored', () => {
    const result = mapColumns(['e-post', '', 'x'], spec);
    assert.deepEqual(result.ok && result.ignored, ['x']);
  });
});
