import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { insertResponses, type ReleasedResponse } from '../../db/repositories/responses';
import type { Dimension } from '../../db/tables/waves';
import { validateDefinition, type SurveyDefinition } from '../../server/domain/survey/definition';

export const TEST_DEFINITION: SurveyDefinition = (() => {
  const result = validateDefinition({
    title: 'Testenkät',
    pages: [{
      key: 'sida', title: 'Frågor', questions: [
        { key: 'brist', type: 'yes_no', text: 'Saknar ni vikarier?', required: true },
        { key: 'lage', type: 'scale', text: 'Hur är läget?', required: true, min: 1, max: 5, dontKnow: true },
        { key: 'antal', type: 'number', text: 'Hur många vikarier behövs?', required: false, min: 0, integer: true },
        { key: 'atgarder', type: 'multiple_choice', text: 'Vilka åtgärder har ni vidtagit?', required: false, options: [{ code: 'lon', label: 'Höjd lön' }, { code: 'bemanning', label: 'Bemanningsföretag' }, { code: 'inget', label: 'Inget av detta', exclusive: true }] },
        { key: 'grupp', type: 'matrix', text: 'Brist per yrkesgrupp', required: false, rows: [{ key: 'ssk', label: 'Sjuksköterskor' }, { key: 'usk', label: 'Undersköterskor' }], options: [{ code: 'ingen', label: 'Ingen brist' }, { code: 'stor', label: 'Stor brist' }] },
        { key: 'kommentar', type: 'long_text', text: 'Kommentar', required: false, maxLength: 2000 },
      ],
    }],
  });
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.definition;
})();

export interface WaveFixture { definition?: SurveyDefinition; dimensions?: Dimension[]; k?: number; status?: 'open' | 'closed'; seriesId?: number | null; title?: string; opensAt?: string }

/** A survey, a published version and a wave, straight into the tables (the services are tested elsewhere). */
export async function insertWaveFixture(db: Kysely<DB>, f: WaveFixture = {}): Promise<{ waveId: number; versionId: number; surveyId: number }> {
  const now = '2026-06-01T08:00:00.000Z';
  const survey = await db.insertInto('surveys').values({ series_id: f.seriesId ?? null, title: f.title ?? 'Testenkät', description: null, created_at: now, created_by: null }).returning('id').executeTakeFirstOrThrow();
  const version = await db.insertInto('survey_versions').values({ survey_id: survey.id, version_no: 1, status: 'published', definition: JSON.stringify(f.definition ?? TEST_DEFINITION), created_at: now, updated_at: now, updated_by: null, published_at: now, published_by: null }).returning('id').executeTakeFirstOrThrow();
  const wave = await db.insertInto('waves').values({
    survey_version_id: version.id, title: f.title ?? 'Testomgång', audience: JSON.stringify({ kind: 'all' }), opens_at: f.opensAt ?? now, closes_at: '2026-06-20T20:00:00.000Z',
    reminder_days: '[]', dimensions: JSON.stringify(f.dimensions ?? ['landsdel']), k: f.k ?? 5, invitation_subject: 'Enkät', invitation_text: 'Text', reminder_text: 'Text',
    status: f.status ?? 'closed', anonymity_locked: 1, created_at: now, created_by: null, opened_at: now, closed_at: f.status === 'open' ? null : '2026-06-20T20:00:00.000Z',
  }).returning('id').executeTakeFirstOrThrow();
  return { waveId: wave.id, versionId: version.id, surveyId: survey.id };
}

export interface FixtureAnswer { q: string; item?: string; code?: string; num?: number }
export interface FixtureResponse { bg?: Partial<Record<Dimension, string>>; answers: FixtureAnswer[]; texts?: { q: string; text: string; status?: 'pending' | 'approved' | 'hidden' }[] }

export function releasedResponse(waveId: number, r: FixtureResponse): ReleasedResponse {
  const id = randomUUID();
  const bg = (d: Dimension) => r.bg?.[d] ?? null;
  return {
    response: { id, wave_id: waveId, bg_landsdel: bg('landsdel'), bg_huvudgrupp: bg('huvudgrupp'), bg_kommungrupp: bg('kommungrupp'), bg_lan: bg('lan'), bg_storleksklass: bg('storleksklass') },
    answers: r.answers.map((a) => ({ id: randomUUID(), response_id: id, wave_id: waveId, question_key: a.q, item: a.item ?? '', code: a.code ?? null, num: a.num ?? null })),
    freeTexts: (r.texts ?? []).map((t) => ({ id: randomUUID(), wave_id: waveId, question_key: t.q, item: '', text: t.text, status: t.status ?? 'pending' })),
  };
}

export async function insertFixtureResponses(db: Kysely<DB>, waveId: number, responses: FixtureResponse[]): Promise<void> {
  await insertResponses(db, responses.map((r) => releasedResponse(waveId, r)));
}

/** Invitations for the first n municipalities of a landsdel; `submitted` of them marked completed. */
export async function insertInvitations(db: Kysely<DB>, waveId: number, landsdel: string, n: number, submitted: number): Promise<void> {
  const ms = await db.selectFrom('municipalities').select('kommunkod').where('landsdel', '=', landsdel).orderBy('kommunkod').limit(n).execute();
  await db.insertInto('invitations').values(ms.map((m, i) => ({ wave_id: waveId, contact_id: null, kommunkod: m.kommunkod, sent_at: '2026-06-01T08:00:00.000Z', completed: i < submitted ? 1 : 0 }))).execute();
}
