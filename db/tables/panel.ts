import type { Generated } from 'kysely';

export type MemberStatus = 'active' | 'paused' | 'left';
export interface PanelMembersTable {
  id: Generated<number>; kommunkod: string; status: MemberStatus; joined_on: string; left_on: string | null;
  status_reason: string | null; created_at: string;
}
export type ContactRole = 'primary' | 'deputy';
export interface ContactsTable {
  id: Generated<number>; member_id: number; role: ContactRole; name: string; title: string | null;
  email: string; phone: string | null; valid_from: string; valid_to: string | null;
  unsubscribed: Generated<number>; bounced: Generated<number>; erased: Generated<number>;
}

/** One period of a member's status; the open period (to_date null) is the current one. Never deleted. */
export interface PanelMembershipPeriodsTable {
  id: Generated<number>; member_id: number; status: MemberStatus; from_date: string; to_date: string | null;
  reason: string | null; created_at: string;
}
export type PanelImportStatus = 'pending' | 'applied' | 'discarded';
/** An uploaded file's dry run, kept until applied: `rows` is JSON (ImportRow[]), cleared when applied. */
export interface PanelImportsTable {
  id: Generated<number>; created_by: number; created_at: string; filename: string; status: PanelImportStatus;
  rows: string | null; notices: string | null; summary: string | null; applied_at: string | null; applied_by: number | null;
}

/** Tables of the panel register. */
export interface PanelTables {
  panel_members: PanelMembersTable;
  contacts: ContactsTable;
  panel_membership_periods: PanelMembershipPeriodsTable;
  panel_imports: PanelImportsTable;
}
