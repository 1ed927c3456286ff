import supertest from 'supertest';
import type { SurveyDefinition } from '../../server/domain/survey/definition';
import { createSurvey } from '../../server/services/surveys/create-survey';
import { publishSurveyVersion } from '../../server/services/surveys/versions';
import { openDueWaves } from '../../server/services/waves/open-waves';
import { scheduleWave } from '../../server/services/waves/schedule-wave';
import { csrfFrom, mergeCookies, type TestContext } from '../support/context';
import { sampleInput } from '../domain/survey/fixtures';
import { addMember } from '../panel/support';

/** Municipalities of Stockholm county: one landsdel, so a breakdown by landsdel is one cell of all of them. */
export const KOMMUNER = ['0114', '0115', '0117', '0120', '0123', '0125'];

/** A published version of `definition` (by default the three-page survey with conditions of the domain tests). */
export async function publishSurvey(ctx: TestContext, definition: unknown = sampleInput): Promise<number> {
  const created = await createSurvey(ctx.deps, null, { definition: structuredClone(definition) as SurveyDefinition, series: { kind: 'none' }, action: 'survey.create' });
  if (!created.ok) throw new Error(JSON.stringify(created));
  const published = await publishSurveyVersion(ctx.deps, null, { versionId: created.versionId, revision: 1 });
  if (!published.ok) throw new Error(JSON.stringify(published));
  return created.versionId;
}

export interface OpenWave { waveId: number; versionId: number; closesAt: string }

/** Members, a published survey and a wave scheduled and opened through the wave services, as the jobs do. */
export async function openWaveForTest(ctx: TestContext, opts: { definition?: unknown; members?: number; opensInMinutes?: number } = {}): Promise<OpenWave> {
  const codes = KOMMUNER.slice(0, opts.members ?? KOMMUNER.length);
  for (const [i, kod] of codes.entries()) await addMember(ctx, kod, { name: `Kontakt ${i}`, email: `kontakt${i}@kommun${kod}.example` });
  const versionId = await publishSurvey(ctx, opts.definition);
  const now = ctx.clock.now().getTime();
  const opensAt = new Date(now + (opts.opensInMinutes ?? 0) * 60_000).toISOString();
  const closesAt = new Date(now + 14 * 86_400_000).toISOString();
  const editor = await ctx.as('editor');
  const scheduled = await scheduleWave(ctx.deps, { id: editor.userId!, email: 'editor@test.example' }, {
    surveyVersionId: versionId, title: 'Provutskick', audience: { kind: 'all' }, opensAt, closesAt, reminderDays: [3],
    dimensions: ['landsdel'], k: 3, invitationSubject: 'Inbjudan till enkät', invitationText: 'Hej! Svara gärna.', reminderText: 'Påminnelse.',
  });
  if (!scheduled.ok) throw new Error(JSON.stringify(scheduled.errors));
  if (!opts.opensInMinutes) await openDueWaves(ctx.deps);
  return { waveId: scheduled.id, versionId, closesAt };
}

/** The answer links in the queued invitations (the text part of each outbox row), in invitation order. */
export async function answerLinks(ctx: TestContext): Promise<string[]> {
  const rows = await ctx.db.selectFrom('outbox').select('text').where('unique_key', 'like', 'invite:%').orderBy('id').execute();
  return rows.map((r) => new URL(/http:\/\/panel\.test\/svar\/[\w-]{43}/.exec(r.text)![0]).pathname);
}

/** A browser-like respondent: its own cookie jar, follows nothing by itself. */
export class Respondent {
  cookie = '';
  csrf = '';
  constructor(private readonly ctx: TestContext) {}

  async get(path: string) {
    const res = await supertest(this.ctx.app).get(path).set('Cookie', this.cookie);
    this.cookie = mergeCookies(this.cookie, res.headers['set-cookie']);
    if (/name="_csrf"/.test(res.text)) this.csrf = csrfFrom(res.text);
    return res;
  }

  async post(path: string, form: Record<string, string | string[]> = {}) {
    const res = await supertest(this.ctx.app).post(path).set('Cookie', this.cookie).type('form').send({ _csrf: this.csrf, ...form });
    this.cookie = mergeCookies(this.cookie, res.headers['set-cookie']);
    return res;
  }

  /** Opens the mailed link: 303 to /svar, then the start page. */
  async open(link: string) {
    const swap = await this.get(link);
    if (swap.status !== 303) return swap;
    return this.get(swap.headers.location!);
  }
}
