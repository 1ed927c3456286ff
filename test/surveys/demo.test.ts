import assert from 'node:assert/strict';
import { createRng } from '../../scripts/seed/demo-data/random';
import type { DemoContext, DemoSurveyVersions } from '../../scripts/seed/demo/context';
import { seedDemoSurveys } from '../../scripts/seed/demo/surveys';
import { findSurveyVersion } from '../../db/repositories/survey-versions';
import { placedQuestions } from '../../server/domain/survey/definition-index';
import { createTestContext, type TestContext } from '../support/context';

describe('designer: demo data', () => {
  let ctx: TestContext;
  beforeEach(async () => { ctx = await createTestContext(); });
  afterEach(() => ctx.close());

  it('publishes the series "Bemanning sommar" (June and October sharing keys) and a survey on substance misuse', async () => {
    const editor = await ctx.as('editor');
    const demo: DemoContext = { deps: ctx.deps, rng: createRng(1), print: () => {}, staffIds: { admin: editor.userId!, editor: editor.userId!, analyst: editor.userId!, viewer: editor.userId! }, shared: {} };
    await seedDemoSurveys(demo);
    const ids = demo.shared.surveyVersions as DemoSurveyVersions;
    const [june, october, substance] = await Promise.all([ids.juneV1, ids.october, ids.substance].map((id) => findSurveyVersion(ctx.db, id)));
    for (const v of [june, october, substance]) assert.equal(v?.status, 'published');
    assert.equal(june!.seriesId, october!.seriesId);
    assert.notEqual(june!.seriesId, null);
    assert.equal(substance!.surveyTitle, 'Hemtjänst för äldre med skadligt bruk eller beroende');
    const keys = (v: typeof june) => new Set(placedQuestions(v!.definition).map((p) => p.question.key));
    const shared = [...keys(june)].filter((k) => keys(october).has(k));
    assert.deepEqual(shared.sort(), ['brist_per_grupp', 'kommentar', 'vikarier_rekryterade_andel']);
    const list = await editor.get('/enkater');
    assert.match(list.text, /Serien Bemanning sommar/);
    assert.match(list.text, /Bemanning inför sommaren/);
    assert.match(list.text, /Uppföljning av bemanningen under sommaren/);
  });
});
