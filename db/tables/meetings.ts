import type { Generated } from 'kysely';

export type MeetingKind = 'aterkoppling' | 'erfarenhetsutbyte';
/** Who is invited: the panel's contacts, a pasted list of addresses, or anyone through the public list. */
export type MeetingAudience = 'panel' | 'list' | 'public';
export type MeetingStatus = 'planned' | 'cancelled';
export type RegistrationStatus = 'registered' | 'waitlisted' | 'cancelled';

export interface MeetingsTable {
  id: Generated<number>; kind: MeetingKind; title: string; description: string;
  /** ISO UTC; `year` is the Stockholm calendar year of starts_at, for the yearly counts. */
  starts_at: string; ends_at: string; year: number;
  /** Shown only to registered participants and in their mails. */
  meeting_url: string; capacity: number; registration_deadline: string;
  audience: MeetingAudience;
  /** Newline-separated addresses when audience = 'list'. */
  recipient_emails: string | null;
  status: Generated<MeetingStatus>;
  /** Raised when the time, title or link changes (and at cancellation): the .ics SEQUENCE. */
  revision: Generated<number>;
  material_url: string | null; invitations_sent_at: string | null; followup_sent_at: string | null;
  cancelled_at: string | null; anonymised_at: string | null;
  created_at: string; created_by: number | null; updated_at: string;
}

export interface MeetingLagesbilderTable { meeting_id: number; lagesbild_id: number }

export interface MeetingRegistrationsTable {
  id: Generated<number>; meeting_id: number;
  /** Lower-case; null after retention. */
  email: string | null; name: string; kommunkod: string | null; organisation: string | null;
  role: string | null; needs: string | null; status: RegistrationStatus; attended: Generated<number>;
  /** How many times a cancelled registration was taken up again (keeps the .ics SEQUENCE rising). */
  rebooked: Generated<number>;
  /** The meeting revision the last reminder was for. */
  reminded_revision: number | null;
  consented_at: string; created_at: string; updated_at: string;
  /** When the registration joined the waitlist: the waitlist is served in this order. */
  queued_at: string | null;
  promoted_at: string | null; cancelled_at: string | null; anonymised_at: string | null;
}

export interface MeetingCancelTokensTable { token_hash: string; registration_id: number; created_at: string }

export interface MeetingTables {
  meetings: MeetingsTable;
  meeting_lagesbilder: MeetingLagesbilderTable;
  meeting_registrations: MeetingRegistrationsTable;
  meeting_cancel_tokens: MeetingCancelTokensTable;
}
