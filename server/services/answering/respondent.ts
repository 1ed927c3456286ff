import { randomBytes } from 'node:crypto';
import { findRespondentInvitation } from '../../../db/repositories/invitations';
import type { Dimension } from '../../../db/tables/waves';
import type { Answers } from '../../domain/survey/answering';
import type { SurveyDefinition } from '../../domain/survey/definition';
import type { AppDeps } from '../../deps';
import type { MunicipalityAttributes } from '../waves/background';
import { respondentMunicipality } from '../waves/register-band';
import { publishedDefinition } from '../waves/survey-definition';
import { respondentInvitationOfSession } from './answer-link';
import { draftKeyFor, openDraft } from './draft-seal';
import { invitationState } from './invitation-state';

export interface Respondent {
  invitationId: number;
  waveId: number;
  closesAt: string;
  definition: SurveyDefinition;
  answers: Answers;
  /** Where to resume: a page key, '_review', or null before the first page is saved. */
  resumeAt: string | null;
  dimensions: Dimension[];
  municipality: MunicipalityAttributes;
  /** The draft key, derived from the link token in the answer cookie (never stored). */
  draftKey: Buffer;
  /** A draft exists but was saved through another of the member's links: it cannot be opened with this one. */
  otherLinkDraft: boolean;
  /** The wave's public key: the ballot is sealed to it. */
  ballotPublicKey: string | null;
}

export type RespondentState =
  | { kind: 'no-session' }
  | { kind: 'not-open'; opensAt: string }
  | { kind: 'closed' }
  | { kind: 'submitted' }
  | { kind: 'answering'; respondent: Respondent };

/** Everything a respondent request needs, in one read (the session token's invitation, wave, municipality and
 *  draft; the published definition is cached). `session` is the session token of the answer cookie (derived from
 *  the link token); an invitation id instead (the demo seed, tests) loads the invitation without any draft key:
 *  its draft, if any, stays closed. */
export async function loadRespondent(deps: AppDeps, session: string | number | null): Promise<RespondentState> {
  const row = typeof session === 'string' ? await respondentInvitationOfSession(deps, session)
    : session === null ? undefined : await findRespondentInvitation(deps.db, session);
  if (!row) return { kind: 'no-session' };
  const invitationId = row.id;
  const kind = invitationState(row, deps.clock.now());
  if (kind === 'not-open') return { kind, opensAt: row.opens_at };
  if (kind !== 'answering') return { kind };
  const definition = await publishedDefinition(deps.db, row.survey_version_id);
  if (!definition) return { kind: 'closed' };
  const stored = row.draft_answers === null ? undefined : { answers: row.draft_answers, page_key: row.draft_page_key };
  const draftKey = typeof session === 'string' ? draftKeyFor(session) : randomBytes(32);
  const draft = stored ? openDraft(draftKey, deps.config.sessionSecret, invitationId, stored) : null;
  return {
    kind,
    respondent: {
      invitationId, waveId: row.wave_id, closesAt: row.closes_at, definition,
      answers: draft?.answers ?? {},
      resumeAt: draft?.page ?? null,
      dimensions: JSON.parse(row.dimensions) as Dimension[],
      municipality: respondentMunicipality(row),
      draftKey, otherLinkDraft: stored !== undefined && draft === null, ballotPublicKey: row.ballot_public_key,
    },
  };
}
