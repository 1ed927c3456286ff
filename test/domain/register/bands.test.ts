import assert from 'node:assert/strict';
import { coarsestFirst, kAnonymize } from '../../../server/domain/disclosure';
import { bandIndex, bandLabelOf, cutPoints, fixBands, latestYear } from '../../../server/domain/register/bands';

describe('register bands (pure)', () => {
  it('tertiles: cut points split nine values three by three; a value on a cut point belongs to the lower band', () => {
    const cuts = cutPoints([9, 1, 5, 3, 7, 2, 8, 4, 6], 3);
    assert.deepEqual(cuts, [3, 6]);
    assert.deepEqual([1, 3, 3.5, 6, 6.1, 9].map((v) => bandIndex(v, cuts)), [0, 0, 1, 1, 2, 2]);
    assert.equal(bandIndex(null, cuts), null);
  });

  it('fixes the bands on the latest year of the panel municipalities and assigns every municipality with a value', () => {
    const values = [
      ...['a', 'b', 'c', 'd', 'e', 'f'].map((k, i) => ({ kommunkod: k, year: 2025, value: i + 1 })),
      { kommunkod: 'x', year: 2025, value: 100 }, // outside the panel: assigned, but not in the cut points
      { kommunkod: 'a', year: 2024, value: 50 },
    ];
    const band = fixBands({ id: 7, key: 'N00945', name: 'Andel' }, values, new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g']))!;
    assert.equal(band.year, 2025);
    assert.deepEqual(band.cuts, [2, 4]);
    assert.equal(bandLabelOf(band, 'a'), 'Lägre tredjedel');
    assert.equal(bandLabelOf(band, 'c'), 'Mellersta tredjedel');
    assert.equal(bandLabelOf(band, 'x'), 'Högre tredjedel');
    assert.equal(bandLabelOf(band, 'g'), null, 'no value that year: no band (Uppgift saknas)');
    assert.equal(band.kpiId, 'N00945');
    assert.equal(latestYear([]), null);
  });

  it('refuses to band a panel with fewer values than bands', () => {
    assert.equal(fixBands({ id: 1, key: 'k', name: 'n' }, [{ kommunkod: 'a', year: 2025, value: 1 }], new Set(['a', 'b'])), null);
    assert.throws(() => cutPoints([1, 2, 3], 7));
  });

  it('at release the RSS region is dropped first and the band is kept longest after landsdel', () => {
    assert.deepEqual(coarsestFirst(['rss', 'lan', 'band', 'huvudgrupp', 'landsdel']), ['landsdel', 'band', 'huvudgrupp', 'lan', 'rss']);
    const bg = (band: string, rss: string) => ({ band, rss });
    const released = kAnonymize([bg('Lägre tredjedel', 'A'), bg('Lägre tredjedel', 'B'), bg('Lägre tredjedel', 'B'), bg('Högre tredjedel', 'B')], ['band', 'rss'], 3);
    assert.deepEqual(released.slice(0, 3), [1, 2, 3].map(() => ({ band: 'Lägre tredjedel', rss: null })));
    assert.deepEqual(released[3], { band: null, rss: null });
  });
});
