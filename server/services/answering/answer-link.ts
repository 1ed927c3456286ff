import { findInvitationIdByTokenHash, findRespondentInvitation, markInvitationOpened } from '../../../db/repositories/invitations';
import type { AppDeps } from '../../deps';
import { linkTokenHashes } from '../waves/tokens';
import { invitationState } from './respondent';

/** The invitation a link token belongs to (null: no such link). */
export async function invitationOfToken(deps: AppDeps, token: string): Promise<number | null> {
  if (!/^[\w-]{43}$/.test(token)) return null;
  return (await findInvitationIdByTokenHash(deps.db, linkTokenHashes(deps.config.sessionSecret, token))) ?? null;
}

/** The invitation a mailed link belongs to (null: no such link). Marks the form opened the first time,
 *  while the wave is open; later visits write nothing. */
export async function redeemAnswerLink(deps: AppDeps, token: string): Promise<number | null> {
  const invitationId = await invitationOfToken(deps, token);
  if (invitationId === null) return null;
  const row = await findRespondentInvitation(deps.db, invitationId);
  if (!row || row.status === 'cancelled') return null;
  if (!row.opened && invitationState(row, deps.clock.now()) === 'answering') await markInvitationOpened(deps.db, invitationId);
  return invitationId;
}
