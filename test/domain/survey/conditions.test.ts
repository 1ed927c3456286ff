import assert from 'node:assert/strict';
import type { Condition } from '../../../server/domain/survey/definition';
import { evaluateCondition, evaluateWithUnknowns, isVisible } from '../../../server/domain/survey/conditions';

const answers = {
  brist: { code: 'ja' },
  atgarder: { codes: ['bonus', 'annons'] },
  antal: { num: 12 },
  nojd: { code: '4' },
  vet: { code: 'vet_ej' },
  felskrivet: { unparsed: '12abc' },
};

const rule = (question: string, op: string, value: number | string[]) =>
  (Array.isArray(value) ? { question, op, values: value } : { question, op, value }) as Condition['rules'][number];
const all = (...rules: Condition['rules']): Condition => ({ mode: 'all', rules });
const any = (...rules: Condition['rules']): Condition => ({ mode: 'any', rules });

describe('evaluateCondition', () => {
  it('matches a single choice code with in', () => {
    assert.equal(evaluateCondition(all(rule('brist', 'in', ['ja'])), answers), true);
    assert.equal(evaluateCondition(all(rule('brist', 'in', ['nej', 'vet_ej'])), answers), false);
  });

  it('matches a multiple choice when any chosen code is in the set', () => {
    assert.equal(evaluateCondition(all(rule('atgarder', 'in', ['annons', 'inget'])), answers), true);
    assert.equal(evaluateCondition(all(rule('atgarder', 'in', ['inget'])), answers), false);
  });

  it('compares numbers with every operator, bounds included where they should be', () => {
    const at = (op: string, value: number) => evaluateCondition(all(rule('antal', op, value)), answers);
    assert.deepEqual([at('lt', 12), at('lte', 12), at('gt', 12), at('gte', 12), at('eq', 12), at('neq', 12)], [false, true, false, true, true, false]);
    assert.deepEqual([at('lt', 13), at('gt', 11), at('neq', 11)], [true, true, true]);
  });

  it('compares a scale by its number and never counts "Vet ej" as a number', () => {
    assert.equal(evaluateCondition(all(rule('nojd', 'gte', 4)), answers), true);
    assert.equal(evaluateCondition(all(rule('nojd', 'in', ['4', '5'])), answers), true);
    assert.equal(evaluateCondition(all(rule('vet', 'lt', 100)), answers), false);
    assert.equal(evaluateCondition(all(rule('vet', 'neq', 3)), answers), false);
  });

  it('makes every rule false for a missing or unreadable answer, neq included', () => {
    assert.equal(evaluateCondition(all(rule('saknas', 'neq', 1)), answers), false);
    assert.equal(evaluateCondition(all(rule('saknas', 'in', ['ja'])), answers), false);
    assert.equal(evaluateCondition(all(rule('felskrivet', 'gte', 0)), answers), false);
  });

  it('combines rules with all and any', () => {
    const yes = rule('brist', 'in', ['ja']);
    const no = rule('antal', 'gt', 50);
    assert.deepEqual([evaluateCondition(all(yes, no), answers), evaluateCondition(any(yes, no), answers)], [false, true]);
    assert.equal(evaluateCondition(any(no, rule('saknas', 'in', ['x'])), answers), false);
  });

  it('does not read inherited properties for a question keyed like one', () => {
    assert.equal(evaluateCondition(all(rule('constructor', 'neq', 1)), {}), false);
    assert.equal(evaluateCondition(all(rule('constructor', 'in', ['function'])), {}), false);
  });

  it('shows nodes without a condition', () => {
    assert.equal(isVisible({}, {}), true);
    assert.equal(isVisible({ showIf: all(rule('brist', 'in', ['nej'])) }, answers), false);
  });

  it('leaves a condition open when it depends on a question not yet answered on the page', () => {
    const unknown = new Set(['brist']);
    assert.equal(evaluateWithUnknowns(all(rule('brist', 'in', ['ja'])), answers, unknown), 'unknown');
    assert.equal(evaluateWithUnknowns(all(rule('brist', 'in', ['ja']), rule('antal', 'gt', 50)), answers, unknown), false);
    assert.equal(evaluateWithUnknowns(any(rule('brist', 'in', ['ja']), rule('antal', 'gt', 5)), answers, unknown), true);
    assert.equal(evaluateWithUnknowns(any(rule('brist', 'in', ['ja']), rule('antal', 'gt', 50)), answers, unknown), 'unknown');
  });
});
