import assert from 'node:assert/strict';
import { loadMunicipalities } from '../../db/seed/reference/municipalities';
import { rssRegionOf, rssRegions } from '../../server/domain/municipalities';

describe('reference data: RSS regions', () => {
  const all = loadMunicipalities();

  it('has 24 regions: one per län, and Västra Götaland split in four covering its 49 municipalities', () => {
    const regions = rssRegions(all);
    assert.equal(regions.length, 24);
    const count = (code: string) => all.filter((m) => rssRegionOf(m).code === code).length;
    assert.deepEqual(['14F', '14S', '14B', '14G'].map(count), [14, 15, 8, 12]);
    assert.equal(regions.filter((r) => r.code.startsWith('14')).map((r) => r.name).sort().join(', '), 'Boråsregionen, Fyrbodal, Göteborgsregionen, Skaraborg');
    assert.equal(all.filter((m) => m.lanskod === '14').length, 49);
  });

  it('puts Göteborg, Borås, Skövde and Trollhättan where expected, and Kungsbacka with Halland', () => {
    const of = (name: string) => rssRegionOf(all.find((m) => m.name === name)!).name;
    assert.deepEqual(['Göteborg', 'Borås', 'Skövde', 'Trollhättan', 'Kungsbacka', 'Uppsala'].map(of), ['Göteborgsregionen', 'Boråsregionen', 'Skaraborg', 'Fyrbodal', 'Hallands län', 'Uppsala län']);
  });
});
