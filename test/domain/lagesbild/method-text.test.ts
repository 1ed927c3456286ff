import assert from 'node:assert/strict';
import { buildMethodText, describeMethodFacts, formatPercent, type MethodFacts } from '../../../server/domain/lagesbild';

const NBSP = '\u00a0';

const facts: MethodFacts = {
  population: 'äldreomsorgschefer i Äldreomsorgspanelen',
  invited: 149,
  answered: 92,
  responseRate: 92 / 149,
  fieldPeriod: { from: '2025-04-28', to: '2025-05-16' },
  k: 5,
  breakdowns: ['landsdel', 'kommungrupp', 'län'],
};

describe('buildMethodText', () => {
  it('states who was asked, how many answered, the response rate and the field period', () => {
    const [first] = buildMethodText(facts);
    assert.equal(
      first,
      'Enkäten riktades till äldreomsorgschefer i Äldreomsorgspanelen. Den skickades till 149 kommuner och ' +
        `92 svarade, vilket ger en svarsfrekvens på 62${NBSP}%. Fältperioden var 2025-04-28 till 2025-05-16.`,
    );
  });

  it('says answers cannot be linked to a municipality', () => {
    assert.match(buildMethodText(facts)[1], /kan inte kopplas till en viss kommun/);
  });

  it('names k, the dash for hidden values, complementary suppression and the breakdowns', () => {
    const text = buildMethodText({ ...facts, k: 7 })[2];
    assert.match(text, /minst 7 svarande/);
    assert.match(text, /två punkter \(\.\.\)/);
    assert.match(text, /kryss \(×\)/);
    assert.match(text, /dolda för att skydda en annan grupp/);
    assert.match(text, /uppdelat på landsdel, kommungrupp och län, en indelning i taget/);
  });

  it('says results cover the whole country when there are no breakdowns', () => {
    assert.match(buildMethodText({ ...facts, breakdowns: [] })[2], /redovisas för hela riket\.$/);
  });

  it('formats thousands with a no-break space', () => {
    assert.match(buildMethodText({ ...facts, invited: 1234, answered: 1000, responseRate: 1000 / 1234 })[0], new RegExp(`1${NBSP}234 kommuner och 1${NBSP}000 svarade, vilket ger en svarsfrekvens på 81${NBSP}%`));
  });
});

describe('describeMethodFacts', () => {
  it('lists the numbers as term and value', () => {
    assert.deepEqual(describeMethodFacts({ ...facts, breakdowns: ['landsdel'] }), [
      { term: 'Målgrupp', value: 'äldreomsorgschefer i Äldreomsorgspanelen' },
      { term: 'Inbjudna', value: '149 kommuner' },
      { term: 'Svarande', value: '92 kommuner' },
      { term: 'Svarsfrekvens', value: `62${NBSP}%` },
      { term: 'Fältperiod', value: '2025-04-28 till 2025-05-16' },
      { term: 'Minsta redovisade grupp', value: '5 svarande' },
      { term: 'Redovisas per', value: 'landsdel' },
    ]);
  });

  it('rounds the response rate to a whole percent', () => {
    assert.equal(formatPercent(0.625), `63${NBSP}%`);
    assert.equal(formatPercent(0.6149), `61${NBSP}%`);
  });
});
