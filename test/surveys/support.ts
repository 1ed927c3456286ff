import assert from 'node:assert/strict';
import type { StaffClient, TestContext } from '../support/context';

/** Creates a survey through the form and returns the designer path and the version id. */
export async function createSurveyVia(client: StaffClient, form: Record<string, string>): Promise<{ path: string; versionId: number; surveyId: number }> {
  const res = await client.post('/enkater/ny', { kalla: 'tom', title: 'Testenkät', series: '', new_series: '', ...form });
  assert.equal(res.status, 303, res.text);
  const m = /^\/enkater\/(\d+)\/versioner\/(\d+)$/.exec(res.headers.location ?? '');
  assert.ok(m, res.headers.location);
  return { path: m[0], surveyId: Number(m[1]), versionId: Number(m[2]) };
}

export async function revisionOf(ctx: TestContext, versionId: number): Promise<number> {
  const row = await ctx.db.selectFrom('survey_versions').select('revision').where('id', '=', versionId).executeTakeFirstOrThrow();
  return row.revision;
}

export async function definitionOf(ctx: TestContext, versionId: number) {
  const row = await ctx.db.selectFrom('survey_versions').select(['definition', 'status']).where('id', '=', versionId).executeTakeFirstOrThrow();
  return { ...JSON.parse(row.definition), status: row.status };
}

/** Adds a question of `type` to `page` through the designer form. */
export async function addQuestionVia(ctx: TestContext, client: StaffClient, path: string, versionId: number, page: string, type: string, form: Record<string, string>) {
  return client.post(`${path}/sidor/${page}/fragor`, { typ: type, revision: String(await revisionOf(ctx, versionId)), required: '1', ...form });
}
