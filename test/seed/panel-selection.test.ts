import assert from 'node:assert/strict';
import { loadMunicipalities, type Municipality } from '../../db/seed/reference/municipalities';
import { selectDemoPanel } from '../../scripts/seed/demo-data/panel-selection';

function share(items: readonly Municipality[], key: (m: Municipality) => string, value: string): number {
  return items.filter((m) => key(m) === value).length / items.length;
}

describe('demo data: selectDemoPanel', () => {
  const all = loadMunicipalities();
  const byCode = new Map(all.map((m) => [m.kommunkod, m]));
  const panelCodes = selectDemoPanel(all);
  const panel = panelCodes.map((code) => byCode.get(code)!);

  it('selects exactly 149 unique, existing municipality codes, sorted', () => {
    assert.equal(panelCodes.length, 149);
    assert.equal(new Set(panelCodes).size, 149);
    assert.ok(panelCodes.every((code) => byCode.has(code)));
    assert.deepEqual(panelCodes, [...panelCodes].sort());
  });

  it('keeps each landsdel and kommungrupp within ±3 percentage points of its national share', () => {
    const checks: Array<[keyof Municipality, string[]]> = [
      ['landsdel', ['Götaland', 'Svealand', 'Norrland']],
      ['kommungrupp', ['A1', 'A2', 'B3', 'B4', 'B5', 'C6', 'C7', 'C8', 'C9']],
    ];
    for (const [field, values] of checks) {
      for (const value of values) {
        const key = (m: Municipality) => String(m[field]);
        const diff = Math.abs(share(panel, key, value) - share(all, key, value));
        assert.ok(diff <= 0.03, `${value}: panel share differs by ${(diff * 100).toFixed(1)} pp`);
      }
    }
  });

  it('gives each landsdel × kommungrupp cell its proportional quota ±1', () => {
    for (const m of all) {
      const inCell = (x: Municipality) => x.landsdel === m.landsdel && x.kommungrupp === m.kommungrupp;
      const quota = Math.round((all.filter(inCell).length * 149) / 290);
      const got = panel.filter(inCell).length;
      assert.ok(Math.abs(got - quota) <= 1, `${m.landsdel} ${m.kommungrupp}: ${got} vs ${quota}`);
    }
  });

  it('includes all three storstäder', () => {
    assert.deepEqual(panel.filter((m) => m.kommungrupp === 'A1').map((m) => m.name).sort(), [
      'Göteborg', 'Malmö', 'Stockholm',
    ]);
  });

  it('covers all 21 län, with at least 2 members each (Gotland: its only one)', () => {
    const lans = new Set(all.map((m) => m.lanskod));
    assert.equal(lans.size, 21);
    for (const lan of lans) {
      const members = panel.filter((m) => m.lanskod === lan).length;
      const expectedMin = lan === '09' ? 1 : 2;
      assert.ok(members >= expectedMin, `län ${lan} has ${members} members`);
    }
  });

  it('is deterministic, also when the input comes in another order', () => {
    assert.deepEqual(selectDemoPanel(all), panelCodes);
    assert.deepEqual(selectDemoPanel([...all].reverse(), 149, 2024), panelCodes);
  });

  it('gives another panel for another seed, with the same guarantees', () => {
    const other = selectDemoPanel(all, 149, 7);
    assert.notDeepEqual(other, panelCodes);
    assert.equal(new Set(other).size, 149);
    assert.ok(['0180', '1480', '1280'].every((code) => other.includes(code)));
  });

  it('refuses sizes it cannot fill', () => {
    assert.throws(() => selectDemoPanel(all, 291), RangeError);
    assert.throws(() => selectDemoPanel(all, 2), RangeError);
    assert.equal(selectDemoPanel(all, 290).length, 290);
  });

  describe('län minimum on a small made-up country', () => {
    const cell = { landsdel: 'Götaland', kommungrupp: 'C7' } as const;
    const made = (kommunkod: string) => ({ ...cell, kommunkod, lanskod: kommunkod.slice(0, 2) });

    it('swaps in both municipalities of a small län whatever the seed', () => {
      // 8 in län 05 and 2 in län 06; a plain draw of 4 would miss one of län 06 most of the time.
      const country = [...'12345678'].map((d) => made(`050${d}`)).concat([made('0601'), made('0602')]);
      for (let seed = 1; seed <= 20; seed++) {
        const panel = selectDemoPanel(country, 4, seed);
        assert.equal(panel.length, 4);
        assert.ok(panel.includes('0601') && panel.includes('0602'), `seed ${seed}: ${panel.join(',')}`);
      }
    });

    it('throws when the seats cannot cover every län', () => {
      const country = [made('0101'), made('0301'), made('0401')];
      assert.throws(() => selectDemoPanel(country, 2), /Cannot give län/);
    });
  });
});
