import assert from 'node:assert/strict';
import { createTestContext, type TestContext } from '../support/context';
import { addMembers, publishSurvey, scheduleTestWave, SVEALAND } from './support';

// Issue 16 §4: staff preview the invitation and reminder exactly as sent and mail a test to themselves
// before the wave opens; the survey has one name everywhere (the form's header).
describe('waves: preview and test mail', () => {
  let ctx: TestContext;
  let waveId: number;
  before(async () => {
    ctx = await createTestContext();
    await addMembers(ctx, SVEALAND);
    waveId = await scheduleTestWave(ctx, await publishSurvey(ctx));
  });
  after(() => ctx.close());

  it('previews both mails with the survey named as on the form, and queues a test to the staff member only', async () => {
    const editor = await ctx.as('editor');
    const version = await ctx.db.selectFrom('waves').innerJoin('survey_versions', 'survey_versions.id', 'waves.survey_version_id')
      .select(['survey_versions.definition', 'waves.title']).where('waves.id', '=', waveId).executeTakeFirstOrThrow();
    const formTitle = (JSON.parse(version.definition) as { title: string }).title;
    const page = await editor.get(`/utskick/${waveId}/testutskick`).expect(200);
    assert.match(page.text, /<h2>Inbjudan<\/h2>/);
    assert.match(page.text, /<h2>Påminnelse<\/h2>/);
    assert.ok(page.text.includes(`Enkäten heter ”${formTitle}”`), 'the mail names the survey as the form does');
    assert.match((await editor.get(`/utskick/${waveId}`)).text, new RegExp(`href="/utskick/${waveId}/testutskick"`));

    const before = await ctx.db.selectFrom('outbox').select('id').execute();
    assert.equal((await editor.post(`/utskick/${waveId}/testutskick`)).status, 303);
    const sent = await ctx.db.selectFrom('outbox').selectAll().execute();
    assert.equal(sent.length - before.length, 2);
    assert.deepEqual(sent.map((m) => m.to_address), ['editor@test.example', 'editor@test.example']);
    assert.deepEqual(sent.map((m) => m.subject.startsWith('[Test] ')), [true, true]);
    assert.ok(sent.every((m) => m.text.includes(`Enkäten heter ”${formTitle}”`)));
    assert.ok(sent.every((m) => !/\/svar\/[\w-]{43}(?![\w-])/.test(m.text)), 'no working answer link in a test');
    const tokens = await ctx.db.selectFrom('invitations').select('id').execute();
    assert.equal(tokens.length, 0, 'a test invites nobody');
    await (await ctx.as('analyst')).get(`/utskick/${waveId}/testutskick`).expect(403);
  });
});
