import type { Generated } from 'kysely';

export type Role = 'admin' | 'analyst' | 'editor' | 'viewer';

export interface MunicipalitiesTable {
  kommunkod: string; name: string; lanskod: string; lan: string;
  landsdel: string; kommungrupp: string; huvudgrupp: string; population: number;
}
export interface StaffUsersTable {
  id: Generated<number>; email: string; name: string; password_hash: string; role: Role;
  disabled: Generated<number>; created_at: string; last_login_at: string | null;
}
export interface SessionsTable { id_hash: string; user_id: number; created_at: string; last_seen_at: string }
export interface PasswordResetsTable { token_hash: string; user_id: number; created_at: string; expires_at: string; used_at: string | null }
export interface RateLimitsTable { key: string; count: number; reset_at: string }
export interface JobLeasesTable {
  name: string; holder: string | null; expires_at: string | null;
  last_started_at: string | null; last_finished_at: string | null; last_error: string | null;
}
export interface AuditLogTable {
  id: Generated<number>; at: string; staff_user_id: number | null; staff_email: string | null;
  action: string; object_type: string; object_id: string | null; details: string | null;
}
export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'failed' | 'cancelled';
export interface OutboxTable {
  id: Generated<number>; unique_key: string; category: string; to_address: string; to_name: string | null;
  contact_id: number | null; subject: string; html: string; text: string;
  headers: string | null; attachments: string | null; status: OutboxStatus; attempts: Generated<number>;
  next_attempt_at: string; lease_holder: string | null; lease_until: string | null; message_id: string;
  last_error: string | null; created_at: string; sent_at: string | null;
  /** An answer link's token, only until the mail is accepted; then the link is cut out of html and text. */
  link_token: string | null;
}

export interface FoundationTables {
  municipalities: MunicipalitiesTable;
  staff_users: StaffUsersTable;
  sessions: SessionsTable;
  rate_limits: RateLimitsTable;
  password_resets: PasswordResetsTable;
  job_leases: JobLeasesTable;
  audit_log: AuditLogTable;
  outbox: OutboxTable;
}
