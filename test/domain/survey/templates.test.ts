import assert from 'node:assert/strict';
import { validateDefinition, type SurveyDefinition } from '../../../server/domain/survey/definition';
import { surveyTemplates } from '../../../server/domain/survey/templates/index';

const questionsOf = (def: SurveyDefinition) => def.pages.flatMap((page) => page.questions);
const templateByKey = (key: string) => surveyTemplates.find((template) => template.key === key)!.definition;

describe('survey templates', () => {
  it('ships three templates with unique keys', () => {
    assert.equal(surveyTemplates.length, 3);
    assert.equal(new Set(surveyTemplates.map((template) => template.key)).size, 3);
  });

  for (const template of surveyTemplates) {
    it(`"${template.title}" is valid, unchanged by validation, and uses a condition`, () => {
      const result = validateDefinition(template.definition);
      assert.deepEqual(result.ok ? [] : result.errors, []);
      assert.deepEqual(result.ok && result.definition, template.definition);
      const conditions = [...template.definition.pages, ...questionsOf(template.definition)].filter((node) => node.showIf);
      assert.ok(conditions.length >= 1);
    });
  }

  it('asks the June and October staffing questions with the same keys, rows and codes', () => {
    const june = questionsOf(templateByKey('bemanning_infor_sommaren'));
    const october = questionsOf(templateByKey('bemanning_uppfoljning_sommaren'));
    const shared = june.filter((q) => october.some((o) => o.key === q.key)).map((q) => q.key);
    assert.deepEqual(shared.sort(), ['brist_per_grupp', 'kommentar', 'vikarier_rekryterade_andel']);
    const [juneMatrix, octoberMatrix] = [june, october].map((list) => list.find((q) => q.key === 'brist_per_grupp')!);
    const { text: _j, ...juneRest } = juneMatrix;
    const { text: _o, ...octoberRest } = octoberMatrix;
    assert.deepEqual(juneRest, octoberRest);
  });
});
