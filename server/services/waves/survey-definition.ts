import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { findSurveyVersion } from '../../../db/repositories/survey-versions';
import type { SurveyDefinition } from '../../domain/survey/definition';

// A published version is frozen, so its parsed definition can be kept. Keyed by database handle:
// each test builds its own database with its own ids.
const cache = new WeakMap<object, Map<number, SurveyDefinition>>();

/** The frozen definition a wave sends (undefined for a draft or missing version). */
export async function publishedDefinition(db: Kysely<DB>, versionId: number): Promise<SurveyDefinition | undefined> {
  let byId = cache.get(db);
  if (!byId) cache.set(db, (byId = new Map()));
  const hit = byId.get(versionId);
  if (hit) return hit;
  const version = await findSurveyVersion(db, versionId);
  if (!version || version.status !== 'published') return undefined;
  byId.set(versionId, version.definition);
  return version.definition;
}
