import assert from 'node:assert/strict';
import { hiddenFigureWarnings, referencedFigures, type Figure } from '../../../server/domain/lagesbild';

const figure = (rows: string[][]): Figure => ({
  id: 'f', kind: 'breakdown', caption: 'Andel per landsdel', alt: 'Alt', source: 'Källa',
  chart: { type: 'bar', horizontal: false, unit: 'percent', labels: [], datasets: [] } as unknown as Figure['chart'],
  table: { columns: ['Landsdel', 'Ja (%)', 'Nej (%)', 'Antal svarande (n)'], rows, footnotes: [] },
});

describe('lägesbild: text that refers to a mostly hidden figure', () => {
  const mostlyHidden = figure([['Götaland', '43', '57', '7'], ['Svealand', '–', '–', '–'], ['Norrland', '–', '–', '–'], ['Totalt', '40', '60', '14']]);
  const visible = figure([['Götaland', '43', '57', '7'], ['Svealand', '40', '60', '5'], ['Norrland', '–', '–', '–']]);

  it('finds figure numbers in Swedish references', () => {
    assert.deepEqual(referencedFigures('Skillnaderna syns i figur 2. Se Figur 3 och 4, och figurerna 5–6.'), [2, 3, 4, 5, 6]);
    assert.deepEqual(referencedFigures('Ingen figur här.'), []);
  });

  it('warns when a referenced figure hides more than half of its rows, not otherwise', () => {
    const warnings = hiddenFigureWarnings(['skillnaderna mellan landsdelarna syns i figur 2'], [visible, mostlyHidden]);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /figur 2, men 2 av 3 rader i figuren är dolda/);
    assert.deepEqual(hiddenFigureWarnings(['se figur 1'], [visible, mostlyHidden]), []);
    assert.deepEqual(hiddenFigureWarnings(['ingen hänvisning'], [mostlyHidden]), []);
    assert.deepEqual(hiddenFigureWarnings(['se figur 9'], [mostlyHidden]), []);
  });
});
