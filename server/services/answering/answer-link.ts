import { findInvitationIdByTokenHash, findRespondentInvitation, markInvitationOpened, rehashInvitationToken } from '../../../db/repositories/invitations';
import type { AppDeps } from '../../deps';
import { hashSessionToken, legacyTokenHash, sessionTokenOf } from '../waves/tokens';
import { invitationState } from './invitation-state';

const TOKEN = /^[\w-]{43}$/;

/** The invitation an answer session (the token derived from a link, carried by the cookie) belongs to, or null. */
export async function invitationOfSession(deps: AppDeps, sessionToken: string): Promise<number | null> {
  if (!TOKEN.test(sessionToken)) return null;
  return (await findInvitationIdByTokenHash(deps.db, hashSessionToken(deps.config.sessionSecret, sessionToken))) ?? null;
}

/** The mailed link's invitation and session token (null: no such link). Marks the form opened the first time,
 *  while the wave is open; later visits write nothing. */
export async function redeemAnswerLink(deps: AppDeps, token: string): Promise<{ invitationId: number; session: string } | null> {
  if (!TOKEN.test(token)) return null;
  const session = sessionTokenOf(token);
  let invitationId = await invitationOfSession(deps, session);
  if (invitationId === null) {
    invitationId = (await findInvitationIdByTokenHash(deps.db, legacyTokenHash(token))) ?? null;
    if (invitationId !== null) await rehashInvitationToken(deps.db, legacyTokenHash(token), hashSessionToken(deps.config.sessionSecret, session));
  }
  if (invitationId === null) return null;
  const row = await findRespondentInvitation(deps.db, invitationId);
  if (!row || row.status === 'cancelled') return null;
  if (!row.opened && invitationState(row, deps.clock.now()) === 'answering') await markInvitationOpened(deps.db, invitationId);
  return { invitationId, session };
}
