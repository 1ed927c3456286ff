import { findInvitationIdByTokenHash, findRespondentInvitation, markInvitationOpened } from '../../../db/repositories/invitations';
import type { AppDeps } from '../../deps';
import { hashLinkToken } from '../waves/tokens';
import { invitationState } from './respondent';

/** The invitation a mailed link belongs to (null: no such link). Marks the form opened the first time,
 *  while the wave is open; later visits write nothing. */
export async function redeemAnswerLink(deps: AppDeps, token: string): Promise<number | null> {
  if (!/^[\w-]{43}$/.test(token)) return null;
  const invitationId = await findInvitationIdByTokenHash(deps.db, hashLinkToken(token));
  if (invitationId === undefined) return null;
  const row = await findRespondentInvitation(deps.db, invitationId);
  if (!row || row.status === 'cancelled') return null;
  if (!row.opened && invitationState(row, deps.clock.now()) === 'answering') await markInvitationOpened(deps.db, invitationId);
  return invitationId;
}
