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

/** Tables of the panel register (issue 4 adds its own here). */
export interface PanelTables {
  panel_members: PanelMembersTable;
  contacts: ContactsTable;
}
