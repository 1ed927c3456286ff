import type { Kysely } from 'kysely';
import type { DB } from '../schema';
import { countAll } from '../sql';
import type { RegisterBand } from '../../server/domain/register/bands';
import type { Dimension, WavesTable, WaveStatus } from '../tables/waves';

/** Who a wave goes to: the whole active panel, or those in the chosen groups (an empty list: no restriction). */
export type WaveAudience =
  | { kind: 'all' }
  | { kind: 'filter'; landsdel?: string[]; huvudgrupp?: string[]; kommungrupp?: string[] };

export interface WaveSettings {
  surveyVersionId: number; title: string; audience: WaveAudience; opensAt: string; closesAt: string;
  reminderDays: number[]; dimensions: Dimension[]; k: number;
  invitationSubject: string; invitationText: string; reminderText: string;
  /** The register bands fixed at scheduling (dimension 'band'); missing or null without one. */
  registerBand?: RegisterBand | null;
}

export interface Wave extends WaveSettings {
  registerBand: RegisterBand | null;
  id: number; status: WaveStatus; anonymityLocked: boolean; createdAt: string; createdBy: number | null;
  openedAt: string | null; closedAt: string | null; cancelledAt: string | null;
}

type Row = Omit<WavesTable, 'id' | 'k' | 'anonymity_locked'> & { id: number; k: number; anonymity_locked: number };

export function toWave(r: Row): Wave {
  return {
    id: r.id, surveyVersionId: r.survey_version_id, title: r.title, audience: JSON.parse(r.audience) as WaveAudience,
    opensAt: r.opens_at, closesAt: r.closes_at, reminderDays: JSON.parse(r.reminder_days) as number[],
    dimensions: JSON.parse(r.dimensions) as Dimension[], k: r.k, invitationSubject: r.invitation_subject,
    invitationText: r.invitation_text, reminderText: r.reminder_text, status: r.status, anonymityLocked: r.anonymity_locked === 1,
    createdAt: r.created_at, createdBy: r.created_by, openedAt: r.opened_at, closedAt: r.closed_at, cancelledAt: r.cancelled_at,
    registerBand: r.register_band ? JSON.parse(r.register_band) as RegisterBand : null,
  };
}

function columns(s: WaveSettings) {
  return {
    survey_version_id: s.surveyVersionId, title: s.title, audience: JSON.stringify(s.audience), opens_at: s.opensAt,
    closes_at: s.closesAt, reminder_days: JSON.stringify(s.reminderDays), dimensions: JSON.stringify(s.dimensions), k: s.k,
    invitation_subject: s.invitationSubject, invitation_text: s.invitationText, reminder_text: s.reminderText,
    register_band: s.registerBand ? JSON.stringify(s.registerBand) : null,
  };
}

export async function insertWave(db: Kysely<DB>, s: WaveSettings, by: number | null, now: string): Promise<number> {
  const row = await db.insertInto('waves').values({ ...columns(s), status: 'scheduled', created_at: now, created_by: by })
    .returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Changes a wave's settings only while it is scheduled and its anonymity settings are not locked. */
export async function updateScheduledWave(db: Kysely<DB>, id: number, s: WaveSettings): Promise<boolean> {
  const res = await db.updateTable('waves').set(columns(s)).where('id', '=', id)
    .where('status', '=', 'scheduled').where('anonymity_locked', '=', 0).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function findWave(db: Kysely<DB>, id: number): Promise<Wave | undefined> {
  const row = await db.selectFrom('waves').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toWave(row) : undefined;
}

/** Every wave, newest first, with its survey's title and the invited and submitted counts. */
export async function listWaves(db: Kysely<DB>) {
  const rows = await db.selectFrom('waves as w')
    .innerJoin('survey_versions as v', 'v.id', 'w.survey_version_id').innerJoin('surveys as s', 's.id', 'v.survey_id')
    .selectAll('w').select(['s.title as survey_title', 'v.version_no'])
    .select((eb) => [
      eb.selectFrom('invitations').select(countAll().as('n')).whereRef('invitations.wave_id', '=', 'w.id').as('invited'),
      eb.selectFrom('invitations').select(countAll().as('n')).whereRef('invitations.wave_id', '=', 'w.id').where('completed', '=', 1).as('submitted'),
    ])
    .orderBy('w.opens_at', 'desc').orderBy('w.id', 'desc').execute();
  return rows.map((r) => ({ ...toWave(r), surveyTitle: r.survey_title, versionNo: r.version_no, invited: Number(r.invited ?? 0), submitted: Number(r.submitted ?? 0) }));
}

export async function listWavesByStatus(db: Kysely<DB>, status: WaveStatus): Promise<Wave[]> {
  return (await db.selectFrom('waves').selectAll().where('status', '=', status).orderBy('id').execute()).map(toWave);
}

/** Conditional status changes: true for exactly one caller, so two job runs never both act. */
export async function markWaveOpen(db: Kysely<DB>, id: number, now: string): Promise<boolean> {
  const res = await db.updateTable('waves').set({ status: 'open', anonymity_locked: 1, opened_at: now })
    .where('id', '=', id).where('status', '=', 'scheduled').executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function markWaveClosed(db: Kysely<DB>, id: number, now: string): Promise<boolean> {
  const res = await db.updateTable('waves').set({ status: 'closed', closed_at: now })
    .where('id', '=', id).where('status', '=', 'open').executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function markWaveCancelled(db: Kysely<DB>, id: number, now: string): Promise<boolean> {
  const res = await db.updateTable('waves').set({ status: 'cancelled', cancelled_at: now })
    .where('id', '=', id).where('status', '=', 'scheduled').executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Moves the closing time later, only while the wave is scheduled or open. */
export async function extendWaveClosing(db: Kysely<DB>, id: number, closesAt: string): Promise<boolean> {
  const res = await db.updateTable('waves').set({ closes_at: closesAt })
    .where('id', '=', id).where('status', 'in', ['scheduled', 'open']).where('closes_at', '<', closesAt).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Stops this wave's mail that has not gone out yet (at close: no invitation or reminder after closing). */
export async function cancelQueuedWaveMail(db: Kysely<DB>, waveId: number): Promise<number> {
  const res = await db.updateTable('outbox').set({ status: 'cancelled' }).where('status', '=', 'queued')
    .where((eb) => eb.or([eb('unique_key', 'like', `invite:${waveId}:%`), eb('unique_key', 'like', `remind:${waveId}:%`)]))
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** Outbox status counts of a wave's invitations and reminders. */
export async function waveMailCounts(db: Kysely<DB>, waveId: number): Promise<Record<string, number>> {
  const rows = await db.selectFrom('outbox').select(['status', countAll().as('n')])
    .where((eb) => eb.or([eb('unique_key', 'like', `invite:${waveId}:%`), eb('unique_key', 'like', `remind:${waveId}:%`)]))
    .groupBy('status').execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/** After an unsubscribe: this contact's wave mail that has not gone out yet is stopped. */
export async function cancelQueuedWaveMailTo(db: Kysely<DB>, contactId: number): Promise<number> {
  const res = await db.updateTable('outbox').set({ status: 'cancelled' }).where('status', '=', 'queued').where('contact_id', '=', contactId)
    .where((eb) => eb.or([eb('unique_key', 'like', 'invite:%'), eb('unique_key', 'like', 'remind:%')])).executeTakeFirst();
  return Number(res.numUpdatedRows);
}
