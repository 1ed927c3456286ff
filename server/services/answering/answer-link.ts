import { commitTogether } from '../../../db/group-commit';
import {
  findInvitationIdByTokenHash, findRespondentInvitation, findRespondentInvitationByTokenHash, markInvitationOpened, rehashInvitationToken,
  type RespondentInvitationRow,
} from '../../../db/repositories/invitations';
import type { AppDeps } from '../../deps';
import { hashSessionToken, legacyTokenHash, sessionTokenOf } from '../waves/tokens';
import { invitationState } from './invitation-state';

const TOKEN = /^[\w-]{43}$/;

/** The keyed hash under which a session token's invitation is stored, or null for a malformed token. */
const sessionHash = (deps: AppDeps, sessionToken: string): string | null =>
  (TOKEN.test(sessionToken) ? hashSessionToken(deps.config.sessionSecret, sessionToken) : null);

/** The invitation of an answer session (the token derived from a link, carried by the cookie) with its wave,
 *  municipality and sealed draft, in one read; undefined when there is no such session. */
export async function respondentInvitationOfSession(deps: AppDeps, sessionToken: string): Promise<RespondentInvitationRow | undefined> {
  const hash = sessionHash(deps, sessionToken);
  return hash === null ? undefined : findRespondentInvitationByTokenHash(deps.db, hash);
}

/** The invitation an answer session belongs to, or null. */
export async function invitationOfSession(deps: AppDeps, sessionToken: string): Promise<number | null> {
  const hash = sessionHash(deps, sessionToken);
  return hash === null ? null : ((await findInvitationIdByTokenHash(deps.db, hash)) ?? null);
}

/** A link mailed before keyed hashes: stored anew under the keyed hash the first time it is opened. */
async function legacyInvitation(deps: AppDeps, token: string, session: string): Promise<RespondentInvitationRow | undefined> {
  const invitationId = await findInvitationIdByTokenHash(deps.db, legacyTokenHash(token));
  if (invitationId === undefined) return undefined;
  await rehashInvitationToken(deps.db, legacyTokenHash(token), hashSessionToken(deps.config.sessionSecret, session));
  return findRespondentInvitation(deps.db, invitationId);
}

/** The mailed link's invitation and session token (null: no such link). Marks the form opened the first time,
 *  while the wave is open (a write that shares its commit with concurrent ones); later visits write nothing. */
export async function redeemAnswerLink(deps: AppDeps, token: string): Promise<{ invitationId: number; session: string } | null> {
  if (!TOKEN.test(token)) return null;
  const session = sessionTokenOf(token);
  const row = (await respondentInvitationOfSession(deps, session)) ?? (await legacyInvitation(deps, token, session));
  if (!row || row.status === 'cancelled') return null;
  if (!row.opened && invitationState(row, deps.clock.now()) === 'answering') await commitTogether(deps.db, (trx) => markInvitationOpened(trx, row.id));
  return { invitationId: row.id, session };
}
