import assert from 'node:assert/strict';
import { checkBackgroundCells } from '../../../server/domain/disclosure';

describe('checkBackgroundCells', () => {
  const cells = [
    { combination: { landsdel: 'Götaland', kommungrupp: 'A' }, invited: 20 },
    { combination: { landsdel: 'Norrland', kommungrupp: 'A' }, invited: 2 },
    { combination: { landsdel: 'Svealand', kommungrupp: 'A' }, invited: 1 },
    { combination: { landsdel: 'Norrland', kommungrupp: 'B' }, invited: 5 },
    { combination: { landsdel: 'Svealand', kommungrupp: 'C' }, invited: 0 },
  ];

  it('reports each combination with 1..k-1 invited municipalities, naming it in Swedish', () => {
    const tooSmall = checkBackgroundCells(cells, 5, { landsdel: 'landsdel', kommungrupp: 'kommungrupp' });
    assert.deepEqual(
      tooSmall.map((cell) => cell.message),
      [
        'Gruppen med landsdel Norrland och kommungrupp A har bara 2 inbjudna kommuner. Det behövs minst 5 för att svaren inte ska kunna kopplas till en kommun.',
        'Gruppen med landsdel Svealand och kommungrupp A har bara 1 inbjuden kommun. Det behövs minst 5 för att svaren inte ska kunna kopplas till en kommun.',
      ],
    );
    assert.deepEqual(tooSmall[0]!.combination, { landsdel: 'Norrland', kommungrupp: 'A' });
    assert.equal(tooSmall[0]!.invited, 2);
  });

  it('accepts exactly k, ignores empty combinations and falls back to the dimension key', () => {
    assert.deepEqual(checkBackgroundCells(cells.slice(3), 5), []);
    const [only] = checkBackgroundCells([{ combination: { lan: 'Jämtlands län' }, invited: 3 }], 4);
    assert.match(only!.message, /^Gruppen med lan Jämtlands län har bara 3 inbjudna kommuner\. Det behövs minst 4 /);
  });

  it('refuses k below 3', () => {
    assert.throws(() => checkBackgroundCells(cells, 2), /k kan inte vara lägre än 3/);
  });
});
