import assert from 'node:assert/strict';
import {
  answerRows,
  nextPageKey,
  pageViews,
  parsePage,
  previousPageKey,
  pruneHidden,
  reviewItems,
  validateAnswers,
  visiblePages,
} from '../../../server/domain/survey/answering';
import { validateDefinition } from '../../../server/domain/survey/definition';
import { sampleDefinition } from './fixtures';

const def = sampleDefinition();

describe('answering: visibility', () => {
  it('drops answers of hidden questions and of hidden pages', () => {
    const answers = { brist: { code: 'nej' }, antal: { num: 30 }, varfor: { text: 'Pensioner' }, okand: { code: 'x' } };
    assert.deepEqual(pruneHidden(def, answers), { brist: { code: 'nej' } });
    const shown = { brist: { code: 'ja' }, antal: { num: 30 }, varfor: { text: 'Pensioner' } };
    assert.deepEqual(pruneHidden(def, shown), shown);
  });

  it('reads only own answers, even for a question keyed like an Object property', () => {
    const result = validateDefinition({ title: 'T', pages: [{ key: 's', title: 'S', questions: [{ key: 'constructor', type: 'yes_no', text: 'X', required: true }] }] });
    assert.ok(result.ok);
    assert.deepEqual(pruneHidden(result.definition, {}), {});
    assert.deepEqual(validateAnswers(result.definition, {}).map((e) => e.message), ['Välj ett alternativ (frågan ”X”)']);
  });

  it('skips a hidden page going forwards and backwards', () => {
    const few = { brist: { code: 'ja' }, antal: { num: 9 } };
    assert.deepEqual(visiblePages(def, few).map((p) => p.key), ['start', 'atgarder']);
    assert.equal(nextPageKey(def, 'start', few), 'atgarder');
    assert.equal(previousPageKey(def, 'atgarder', few), 'start');
    const many = { brist: { code: 'ja' }, antal: { num: 10 } };
    assert.equal(nextPageKey(def, 'start', many), 'orsak');
    assert.equal(previousPageKey(def, 'atgarder', many), 'orsak');
    assert.equal(nextPageKey(def, 'atgarder', many), null);
    assert.equal(previousPageKey(def, 'start', many), null);
  });
});

describe('answering: parsePage', () => {
  it('validates a question shown by an answer earlier on the same page', () => {
    const { answers, errors } = parsePage(def, 'start', { q_brist: 'ja', q_antal: '' }, {});
    assert.deepEqual(answers, { brist: { code: 'ja' } });
    assert.deepEqual(errors, [{ key: 'antal', fieldId: 'q_antal', message: 'Ange ett tal (frågan ”Hur många tjänster saknas?”)' }]);
  });

  it('does not require a hidden question and drops what was typed into it', () => {
    const { answers, errors } = parsePage(def, 'start', { q_brist: 'nej', q_antal: 'abc' }, {});
    assert.deepEqual(errors, []);
    assert.deepEqual(answers, { brist: { code: 'nej' } });
  });

  it('keeps what was typed when it is wrong, so the page can show it again', () => {
    const { answers, errors } = parsePage(def, 'start', { q_brist: 'ja', q_antal: '1 2' }, {});
    assert.deepEqual(answers.antal, { unparsed: '1 2' });
    assert.deepEqual(errors.map((e) => e.message), ['Ange ett tal, till exempel 12 eller 12,5 (frågan ”Hur många tjänster saknas?”)']);
  });

  it('replaces this page and prunes later answers that are now hidden', () => {
    const before = { brist: { code: 'ja' }, antal: { num: 40 }, varfor: { text: 'Pensioner' }, gjort: { codes: ['bonus'] } };
    const { answers, errors } = parsePage(def, 'start', { q_brist: 'ja', q_antal: '5' }, before);
    assert.deepEqual(errors, []);
    assert.deepEqual(answers, { brist: { code: 'ja' }, antal: { num: 5 }, gjort: { codes: ['bonus'] } });
  });

  it('clears an answer that is emptied on the page', () => {
    const { answers } = parsePage(def, 'atgarder', {}, { brist: { code: 'nej' }, gjort: { codes: ['bonus'] } });
    assert.deepEqual(answers, { brist: { code: 'nej' } });
  });

  it('throws for a page the survey does not have', () => {
    assert.throws(() => parsePage(def, 'finns_inte', {}, {}), /Unknown page/);
  });
});

describe('answering: pageViews', () => {
  it('shows a question that depends on the same page, with its condition in words', () => {
    const page = pageViews(def, 'start', {}, []);
    assert.deepEqual([page.number, page.total], [1, 2]);
    const antal = page.questions[1];
    assert.equal(antal.visible, true);
    assert.equal(antal.conditionText, 'Svara bara om du har svarat ”Ja” på ”Har ni brist på personal?”.');
    assert.equal(antal.describedBy, 'q_antal-condition');
    assert.equal(page.questions[0].conditionText, null);
  });

  it('carries errors and typed values into the views', () => {
    const { answers, errors } = parsePage(def, 'start', { q_brist: 'ja', q_antal: '200' }, {});
    const antal = pageViews(def, 'start', answers, errors).questions[1];
    assert.equal(antal.error, 'Ange ett tal mellan 0 och 100 (frågan ”Hur många tjänster saknas?”)');
    assert.equal(antal.partial === 'text-input' ? antal.value : null, '200');
  });

  it('counts the pages this respondent sees', () => {
    const page = pageViews(def, 'atgarder', { brist: { code: 'ja' }, antal: { num: 50 } }, []);
    assert.deepEqual([page.number, page.total], [3, 3]);
  });
});

describe('answering: review, final validation and rows', () => {
  const complete = { brist: { code: 'ja' }, antal: { num: 12 }, varfor: { text: 'Pensioner\nSjukskrivningar' }, gjort: { codes: ['annons'] }, annons_var: { text: 'Platsbanken' } };

  it('lists visible questions with readable answers', () => {
    assert.deepEqual(
      reviewItems(def, { brist: { code: 'nej' } }).map((item) => [item.key, item.answer]),
      [['brist', ['Nej']], ['gjort', ['Inte besvarad']]],
    );
    const items = reviewItems(def, complete);
    assert.deepEqual(items.find((item) => item.key === 'varfor')?.answer, ['Pensioner', 'Sjukskrivningar']);
    assert.equal(items.find((item) => item.key === 'varfor')?.pageTitle, 'Orsaker');
  });

  it('finds every missing required answer on every visible page before submit', () => {
    assert.deepEqual(validateAnswers(def, complete), []);
    const missing = validateAnswers(def, { brist: { code: 'ja' }, antal: { num: 12 }, gjort: { codes: ['annons'] } });
    assert.deepEqual(missing.map((e) => [e.pageKey, e.key, e.message]), [
      ['orsak', 'varfor', 'Skriv ett svar (frågan ”Varför saknas så många?”)'],
      ['atgarder', 'annons_var', 'Skriv ett svar (frågan ”Var annonserade ni?”)'],
    ]);
    assert.deepEqual(validateAnswers(def, { brist: { code: 'ja' }, antal: { unparsed: 'x' } }).map((e) => e.key), ['antal']);
  });

  it('turns visible answers into normalised rows for storage', () => {
    assert.deepEqual(answerRows(def, { ...complete, brist: { code: 'nej' } }), [
      { question: 'brist', item: null, code: 'nej', num: null, text: null },
      { question: 'gjort', item: null, code: 'annons', num: null, text: null },
      { question: 'annons_var', item: null, code: null, num: null, text: 'Platsbanken' },
    ]);
  });
});
