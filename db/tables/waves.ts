import type { Generated } from 'kysely';

export type WaveStatus = 'scheduled' | 'open' | 'closed' | 'cancelled';
/** Breakdown dimensions a wave may carry on its responses (coarse background attributes only). */
export type Dimension = 'landsdel' | 'huvudgrupp' | 'kommungrupp' | 'lan' | 'storleksklass' | 'band' | 'rss';

export interface WavesTable {
  id: Generated<number>; survey_version_id: number; title: string;
  /** JSON: { kind: 'all' } or { kind: 'filter', landsdel?: string[], huvudgrupp?: string[], lan?: string[], … } */
  audience: string;
  opens_at: string; closes_at: string;
  /** JSON number[]: days before closes_at when a reminder goes to those who have not submitted. */
  reminder_days: string;
  /** JSON Dimension[] */
  dimensions: string;
  k: Generated<number>; invitation_subject: string; invitation_text: string; reminder_text: string;
  status: WaveStatus; anonymity_locked: Generated<number>; created_at: string; created_by: number | null;
  opened_at: string | null; closed_at: string | null; cancelled_at: string | null;
  /** X25519 public key (base64url) the wave's ballots are sealed to; its private key sealed under the ballot key. */
  ballot_public_key: string | null; ballot_private_key: string | null;
  /** JSON RegisterBand (server/domain/register/bands.ts): fixed at scheduling; null without a register band. */
  register_band: string | null;
}
export interface InvitationsTable {
  id: Generated<number>; wave_id: number; contact_id: number | null; kommunkod: string; sent_at: string | null;
  opened: Generated<number>; completed: Generated<number>; reminders_sent: Generated<number>;
}
export interface InvitationTokensTable { token_hash: string; invitation_id: number }
export interface DraftsTable { invitation_id: number; answers: string; page_key: string | null }
/** Anonymous: random id, no time, no link to invitation or contact. */
export interface BallotsTable { id: string; wave_id: number; payload: string }
export interface ResponsesTable {
  id: string; wave_id: number; bg_landsdel: string | null; bg_huvudgrupp: string | null; bg_kommungrupp: string | null;
  bg_lan: string | null; bg_storleksklass: string | null;
  /** The register band label and the RSS region name (migration 074). */
  bg_band: string | null; bg_rss: string | null;
}
/** One row per AnswerRow of server/domain/question-types (item '' when the type has no items); id random (no insertion order). */
export interface AnswersTable { id: string; response_id: string; wave_id: number; question_key: string; item: Generated<string>; code: string | null; num: number | null }
export type FreeTextStatus = 'pending' | 'approved' | 'hidden';
/** Free text apart from its response: own random id, no response_id (a self-identifying text reveals nothing else). */
export interface FreeTextsTable {
  id: string; wave_id: number; question_key: string; item: Generated<string>; text: string;
  status: Generated<FreeTextStatus>; redacted_text: string | null;
}

/** After close: reminders sent per reminder day, replacing the per-recipient records. */
export interface WaveReminderCountsTable { wave_id: number; reminder_day: number; mails: number }

export interface WaveTables {
  waves: WavesTable;
  invitations: InvitationsTable;
  invitation_tokens: InvitationTokensTable;
  drafts: DraftsTable;
  ballots: BallotsTable;
  responses: ResponsesTable;
  answers: AnswersTable;
  free_texts: FreeTextsTable;
  wave_reminder_counts: WaveReminderCountsTable;
}
