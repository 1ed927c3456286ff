import type { findRespondentInvitation } from '../../../db/repositories/invitations';

type InvitationRow = NonNullable<Awaited<ReturnType<typeof findRespondentInvitation>>>;

export type InvitationState = 'no-session' | 'not-open' | 'closed' | 'submitted' | 'answering';

/** What the invitation allows right now, before reading any draft. */
export function invitationState(row: InvitationRow, now: Date): InvitationState {
  if (row.status === 'cancelled') return 'no-session';
  if (row.completed) return 'submitted';
  if (row.status === 'scheduled' || now < new Date(row.opens_at)) return 'not-open';
  if (row.status === 'closed' || now >= new Date(row.closes_at)) return 'closed';
  return 'answering';
}
