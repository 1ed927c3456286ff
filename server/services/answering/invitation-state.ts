import type { RespondentInvitationRow } from '../../../db/repositories/invitations';

export type InvitationStateKind = 'no-session' | 'not-open' | 'closed' | 'submitted' | 'answering';

/** What the invitation allows right now, before reading any draft. */
export function invitationState(row: Pick<RespondentInvitationRow, 'status' | 'completed' | 'opens_at' | 'closes_at'>, now: Date): InvitationStateKind {
  if (row.status === 'cancelled') return 'no-session';
  if (row.completed) return 'submitted';
  if (row.status === 'scheduled' || now < new Date(row.opens_at)) return 'not-open';
  if (row.status === 'closed' || now >= new Date(row.closes_at)) return 'closed';
  return 'answering';
}
