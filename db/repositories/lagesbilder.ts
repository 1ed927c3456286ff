import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../schema';
import type { LagesbilderTable, LagesbildVersionsTable } from '../tables/lagesbilder';

export type LagesbildRow = Selectable<LagesbilderTable>;
export type VersionRow = Selectable<LagesbildVersionsTable>;
export type VersionSummary = Omit<VersionRow, 'document' | 'pdf'>;

const SUMMARY = ['id', 'lagesbild_id', 'version', 'title', 'document_date', 'change_note', 'published_at', 'published_by', 'published_by_name'] as const;

function validId(id: number): boolean {
  return Number.isSafeInteger(id) && id > 0;
}

export async function insertLagesbild(db: Kysely<DB>, row: { title: string; draft: string; now: string; by: number | null }): Promise<number> {
  const r = await db.insertInto('lagesbilder').values({
    title: row.title, draft: row.draft, created_at: row.now, created_by: row.by, updated_at: row.now, updated_by: row.by,
  }).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

/** Saves the draft only if nobody saved since `revision` was read (optimistic locking). False on a conflict. */
export async function updateLagesbildDraft(db: Kysely<DB>, id: number, revision: number, row: { title: string; draft: string; now: string; by: number | null }): Promise<boolean> {
  const res = await db.updateTable('lagesbilder')
    .set({ title: row.title, draft: row.draft, revision: revision + 1, updated_at: row.now, updated_by: row.by })
    .where('id', '=', id).where('revision', '=', revision).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function findLagesbild(db: Kysely<DB>, id: number): Promise<LagesbildRow | undefined> {
  if (!validId(id)) return undefined;
  return db.selectFrom('lagesbilder').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every lägesbild with its latest published version number (null while only a draft). */
export async function listLagesbilder(db: Kysely<DB>) {
  return db.selectFrom('lagesbilder as l')
    .leftJoin('lagesbild_versions as v', 'v.lagesbild_id', 'l.id')
    .select(['l.id', 'l.title', 'l.updated_at'])
    .select((eb) => [eb.fn.max('v.version').as('latest_version'), eb.fn.max('v.published_at').as('last_published_at')])
    .groupBy(['l.id', 'l.title', 'l.updated_at'])
    .orderBy('l.updated_at', 'desc').execute();
}

/** Insert only: versions are never updated or deleted (the database refuses it too). */
export async function insertVersion(db: Kysely<DB>, row: Omit<VersionRow, 'id'>): Promise<number> {
  const r = await db.insertInto('lagesbild_versions').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function latestVersionNumber(db: Kysely<DB>, lagesbildId: number): Promise<number> {
  const r = await db.selectFrom('lagesbild_versions').select((eb) => eb.fn.max('version').as('v'))
    .where('lagesbild_id', '=', lagesbildId).executeTakeFirst();
  return Number(r?.v ?? 0);
}

export async function listVersions(db: Kysely<DB>, lagesbildId: number): Promise<VersionSummary[]> {
  if (!validId(lagesbildId)) return [];
  return db.selectFrom('lagesbild_versions').select(SUMMARY).where('lagesbild_id', '=', lagesbildId).orderBy('version', 'desc').execute();
}

/** One version with its frozen document; `version` omitted = the latest. */
export async function findVersion(db: Kysely<DB>, lagesbildId: number, version?: number) {
  if (!validId(lagesbildId) || (version !== undefined && !validId(version))) return undefined;
  let q = db.selectFrom('lagesbild_versions').select([...SUMMARY, 'document']).where('lagesbild_id', '=', lagesbildId);
  q = version === undefined ? q.orderBy('version', 'desc').limit(1) : q.where('version', '=', version);
  return q.executeTakeFirst();
}

export async function findVersionPdf(db: Kysely<DB>, lagesbildId: number, version: number): Promise<Buffer | undefined> {
  if (!validId(lagesbildId) || !validId(version)) return undefined;
  const r = await db.selectFrom('lagesbild_versions').select('pdf').where('lagesbild_id', '=', lagesbildId).where('version', '=', version).executeTakeFirst();
  return r ? Buffer.from(r.pdf) : undefined;
}

/** The public archive: the latest version of every published lägesbild, newest first. */
export async function listPublishedLatest(db: Kysely<DB>): Promise<VersionSummary[]> {
  return db.selectFrom('lagesbild_versions as v').select(SUMMARY.map((c) => `v.${c}` as const))
    .where(({ eb, selectFrom }) => eb('v.version', '=', selectFrom('lagesbild_versions as w').select((e) => e.fn.max('w.version').as('m')).whereRef('w.lagesbild_id', '=', 'v.lagesbild_id')))
    .orderBy('v.document_date', 'desc').orderBy('v.lagesbild_id', 'desc').execute();
}
