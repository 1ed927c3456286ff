import { randomUUID } from 'node:crypto';
import { commitTogether } from '../../../db/group-commit';
import { insertBallot } from '../../../db/repositories/ballots';
import { deleteDraft, upsertDraft } from '../../../db/repositories/invitations-drafts';
import { findRespondentInvitation, invitationWaveIsOpen, markInvitationCompleted } from '../../../db/repositories/invitations';
import { pruneHidden, validateAnswers, type AnswerError, type Answers } from '../../domain/survey/answering';
import type { AppDeps } from '../../deps';
import { backgroundOf } from '../waves/background';
import { sealBallot } from '../waves/ballot-box';
import { sealDraft } from './draft-seal';
import type { Respondent } from './respondent';

/** Save-and-resume: one upsert per page, answers and the page to resume at sealed under the link's draft key
 *  (sealed before the write, which shares its commit with concurrent ones: db/group-commit.ts). */
export async function saveDraft(deps: AppDeps, r: Respondent, answers: Answers, resumeAt: string | null): Promise<void> {
  const sealed = sealDraft(r.draftKey, r.invitationId, { answers, page: resumeAt });
  await commitTogether(deps.db, (trx) => upsertDraft(trx, r.invitationId, sealed));
}

export type SubmitResult = { kind: 'submitted' } | { kind: 'already' } | { kind: 'closed' } | { kind: 'invalid'; errors: AnswerError[] };

/**
 * Submit once. Everything is re-checked, then one short transaction: the conditional update of
 * `completed` decides the single winner, which inserts the ballot (random id, no time, no link — only the
 * answers and the wave's coarse background values, sealed to the wave's public key so that no state of the
 * database pairs the completion with readable answers) and deletes the draft. No receipt is sent.
 * On SQLite the transaction is a savepoint in a commit shared with concurrent submits (db/group-commit.ts): the
 * members run one after another, so of two submits of one link in the same commit exactly one wins, and the
 * result comes back only after that commit has reached the disk.
 */
export async function submitBallot(deps: AppDeps, r: Respondent): Promise<SubmitResult> {
  const errors = validateAnswers(r.definition, r.answers);
  if (errors.length) {
    // A concurrent submit of the same link may have won after this request read the invitation: the winner's
    // commit also deleted the draft, so this request saw no answers. Its member has submitted, not left blanks.
    if ((await findRespondentInvitation(deps.db, r.invitationId))?.completed) return { kind: 'already' };
    return { kind: 'invalid', errors };
  }
  if (!r.ballotPublicKey) throw new Error(`Wave ${r.waveId} has no ballot key pair`);
  const payload = sealBallot(r.ballotPublicKey, r.waveId, {
    answers: pruneHidden(r.definition, r.answers),
    bg: backgroundOf(r.municipality, r.dimensions) as Record<string, string>,
  });
  const won = await commitTogether(deps.db, async (trx) => {
    if (!(await markInvitationCompleted(trx, r.invitationId))) return false;
    await insertBallot(trx, { id: randomUUID(), waveId: r.waveId, payload });
    await deleteDraft(trx, r.invitationId);
    return true;
  });
  if (won) return { kind: 'submitted' };
  return (await invitationWaveIsOpen(deps.db, r.invitationId)) ? { kind: 'already' } : { kind: 'closed' };
}
