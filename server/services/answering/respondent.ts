import { findDraft } from '../../../db/repositories/invitations-drafts';
import { findRespondentInvitation } from '../../../db/repositories/invitations';
import type { Dimension } from '../../../db/tables/waves';
import type { Answers } from '../../domain/survey/answering';
import type { SurveyDefinition } from '../../domain/survey/definition';
import type { AppDeps } from '../../deps';
import type { MunicipalityAttributes } from '../waves/background';
import { publishedDefinition } from '../waves/survey-definition';
import { openDraft } from './draft-seal';

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
}

export type RespondentState =
  | { kind: 'no-session' }
  | { kind: 'not-open'; opensAt: string }
  | { kind: 'closed' }
  | { kind: 'submitted' }
  | { kind: 'answering'; respondent: Respondent };

type InvitationRow = NonNullable<Awaited<ReturnType<typeof findRespondentInvitation>>>;

/** What the invitation allows right now, before reading any draft. */
export function invitationState(row: InvitationRow, now: Date): RespondentState['kind'] {
  if (row.status === 'cancelled') return 'no-session';
  if (row.completed) return 'submitted';
  if (row.status === 'scheduled' || now < new Date(row.opens_at)) return 'not-open';
  if (row.status === 'closed' || now >= new Date(row.closes_at)) return 'closed';
  return 'answering';
}

/** Everything a respondent request needs, in two reads (invitation + wave + municipality, then the draft). */
export async function loadRespondent(deps: AppDeps, invitationId: number | null): Promise<RespondentState> {
  if (invitationId === null) return { kind: 'no-session' };
  const row = await findRespondentInvitation(deps.db, invitationId);
  if (!row) return { kind: 'no-session' };
  const kind = invitationState(row, deps.clock.now());
  if (kind === 'not-open') return { kind, opensAt: row.opens_at };
  if (kind !== 'answering') return { kind };
  const definition = await publishedDefinition(deps.db, row.survey_version_id);
  if (!definition) return { kind: 'closed' };
  const draft = await findDraft(deps.db, invitationId);
  return {
    kind,
    respondent: {
      invitationId, waveId: row.wave_id, closesAt: row.closes_at, definition,
      answers: draft ? openDraft(deps.config.sessionSecret, invitationId, draft.answers) : {},
      resumeAt: draft?.page_key ?? null,
      dimensions: JSON.parse(row.dimensions) as Dimension[],
      municipality: { landsdel: row.landsdel, huvudgrupp: row.huvudgrupp, kommungrupp: row.kommungrupp, lan: row.lan, population: row.population },
    },
  };
}
