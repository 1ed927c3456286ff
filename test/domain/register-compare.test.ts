import assert from 'node:assert/strict';
import { compareOverYears, groupValue, type Place } from '../../server/domain/register/compare';

const place = (kommunkod: string, lanskod: string, kommungrupp: string, population: number | null, rss = lanskod): Place => ({ kommunkod, lanskod, kommungrupp, rss, population });
const PLACES = [place('0101', '01', 'A', 1000), place('0102', '01', 'B', 3000), place('0201', '02', 'A', 6000), place('0202', '02', 'B', null)];

describe('register: kommun beside län, riket and kommungrupp, unweighted and weighted', () => {
  it('computes unweighted and population-weighted means by hand', () => {
    const values = new Map([['0101', 10], ['0102', 20], ['0201', 40], ['0202', 50]]);
    // Unweighted: (10 + 20 + 40 + 50) / 4 = 30. Weighted (0202 has no population): (10·1000 + 20·3000 + 40·6000) / 10000 = 31.
    assert.deepEqual(groupValue(values, PLACES), { mean: 30, weighted: 31, municipalities: 4 });
    assert.deepEqual(groupValue(new Map(), PLACES), { mean: null, weighted: null, municipalities: 0 });
  });

  it('gives each year the kommun, its län, riket and the chosen group; missing values are left out', () => {
    const rows = compareOverYears([
      { kommunkod: '0101', year: 2023, value: 10 }, { kommunkod: '0102', year: 2023, value: 20 }, { kommunkod: '0201', year: 2023, value: 40 },
      { kommunkod: '0102', year: 2024, value: 30 }, { kommunkod: '0202', year: 2024, value: 60 },
    ], PLACES, { kommunkod: '0101', kommungrupp: 'B' });
    assert.deepEqual(rows.map((r) => r.year), [2023, 2024]);
    // 2023 län 01: (10 + 20) / 2 = 15; weighted (10·1000 + 20·3000) / 4000 = 17.5. Group B: only 0102 = 20.
    assert.deepEqual([rows[0]!.kommun, rows[0]!.lan, rows[0]!.grupp], [10, { mean: 15, weighted: 17.5, municipalities: 2 }, { mean: 20, weighted: 20, municipalities: 1 }]);
    // 2024: kommun has no value; riket (30 + 60) / 2 = 45, weighted only 0102 has population = 30.
    assert.deepEqual([rows[1]!.kommun, rows[1]!.riket], [null, { mean: 45, weighted: 30, municipalities: 2 }]);
    assert.deepEqual(compareOverYears([], PLACES, { kommunkod: '9999', kommungrupp: 'A' }), []);
  });
});
