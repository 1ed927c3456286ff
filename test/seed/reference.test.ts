import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadMunicipalities } from '../../db/seed/reference/municipalities';
import {
  KOMMUNGRUPPER,
  KOMMUNGRUPP_CODES,
  LANDSDELAR,
  POPULATION_CLASSES,
  populationClass,
} from '../../server/domain/municipalities';

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

describe('reference: loadMunicipalities', () => {
  const municipalities = loadMunicipalities();

  it('has 290 municipalities with unique codes and names', () => {
    assert.equal(municipalities.length, 290);
    assert.equal(new Set(municipalities.map((m) => m.kommunkod)).size, 290);
    assert.equal(new Set(municipalities.map((m) => m.name)).size, 290);
  });

  it('keeps codes as strings with leading zeros', () => {
    const first = municipalities[0]!;
    assert.deepEqual(
      { kommunkod: first.kommunkod, name: first.name, lanskod: first.lanskod, population: first.population },
      { kommunkod: '0114', name: 'Upplands Väsby', lanskod: '01', population: 50323 },
    );
  });

  it('has 21 län, each with one name, and lanskod equal to the first two digits', () => {
    const namesByLan = new Map<string, Set<string>>();
    for (const m of municipalities) {
      assert.equal(m.kommunkod.slice(0, 2), m.lanskod, m.kommunkod);
      namesByLan.set(m.lanskod, (namesByLan.get(m.lanskod) ?? new Set()).add(m.lan));
    }
    assert.equal(namesByLan.size, 21);
    for (const names of namesByLan.values()) assert.equal(names.size, 1);
  });

  it('has the landsdel counts 140/96/54', () => {
    assert.deepEqual(countBy(municipalities, (m) => m.landsdel), { Götaland: 140, Svealand: 96, Norrland: 54 });
  });

  it('has the nine SKR 2023 kommungrupp counts and A/B/C = 46/110/134', () => {
    assert.deepEqual(countBy(municipalities, (m) => m.kommungrupp), {
      A1: 3, A2: 43, B3: 23, B4: 63, B5: 24, C6: 27, C7: 51, C8: 35, C9: 21,
    });
    assert.deepEqual(countBy(municipalities, (m) => m.huvudgrupp), { A: 46, B: 110, C: 134 });
  });

  it('takes the group name from the file, matching the KOMMUNGRUPPER table', () => {
    for (const m of municipalities) assert.equal(m.kommungruppName, KOMMUNGRUPPER[m.kommungrupp].name);
  });

  it('sums population to the total of the folkmangd column in the source file', () => {
    const csv = readFileSync(new URL('../../db/seed/reference/kommuner.csv', import.meta.url), 'utf8');
    const independentTotal = csv
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .reduce((sum, row) => sum + parseInt(row.split(',').at(-2)!, 10), 0);
    assert.equal(independentTotal, 10_587_710); // SCB's national total, 2024-12-31
    assert.equal(municipalities.reduce((sum, m) => sum + m.population, 0), independentTotal);
  });

  it('tells Håbo 0305 and Habo 0643 apart', () => {
    const byCode = new Map(municipalities.map((m) => [m.kommunkod, m.name]));
    assert.equal(byCode.get('0305'), 'Håbo');
    assert.equal(byCode.get('0643'), 'Habo');
  });
});

describe('reference: classification tables', () => {
  it('lists three landsdelar and nine kommungrupper in SKR order', () => {
    assert.deepEqual([...LANDSDELAR], ['Götaland', 'Svealand', 'Norrland']);
    assert.deepEqual(KOMMUNGRUPP_CODES, ['A1', 'A2', 'B3', 'B4', 'B5', 'C6', 'C7', 'C8', 'C9']);
  });

  it('puts a population in exactly one class, with edges on the right side', () => {
    assert.equal(populationClass(0).label, 'under 10 000');
    assert.equal(populationClass(9_999).label, 'under 10 000');
    assert.equal(populationClass(10_000).label, '10 000–24 999');
    assert.equal(populationClass(49_999).label, '25 000–49 999');
    assert.equal(populationClass(99_999).label, '50 000–99 999');
    assert.equal(populationClass(100_000).label, '100 000 eller fler');
    assert.equal(populationClass(1_000_000).label, '100 000 eller fler');
    assert.throws(() => populationClass(-1), RangeError);
    assert.throws(() => populationClass(2.5), RangeError);
  });

  it('has classes without gaps or overlaps', () => {
    for (let i = 1; i < POPULATION_CLASSES.length; i++) {
      assert.equal(POPULATION_CLASSES[i]!.min, POPULATION_CLASSES[i - 1]!.max! + 1);
    }
    assert.equal(POPULATION_CLASSES[0]!.min, 0);
    assert.equal(POPULATION_CLASSES.at(-1)!.max, null);
  });

  it('classifies Stockholm (0180) as 100 000 or more and Bjurholm (2403) as under 10 000', () => {
    const byCode = new Map(loadMunicipalities().map((m) => [m.kommunkod, m]));
    assert.equal(populationClass(byCode.get('0180')!.population).code, '100k-plus');
    assert.equal(populationClass(byCode.get('2403')!.population).code, 'under-10k');
  });
});
