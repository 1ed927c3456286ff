import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { insertInvitationToken } from '../../../db/repositories/invitations';
import { findSurveyVersion } from '../../../db/repositories/survey-versions';
import type { Wave } from '../../../db/repositories/waves';
import type { Config } from '../../config';
import { invitationEmail } from '../../emails/waves/invitation';
import { reminderEmail } from '../../emails/waves/reminder';
import { unsubscribeHeaders } from '../../emails/unsubscribe-headers';
import { enqueueMail } from '../../mail/outbox';
import { answerLinkUrl, newLinkToken, unsubscribeUrl } from './tokens';

export interface WaveMailTarget { invitationId: number; contactId: number; name: string; email: string }

/**
 * Queues one invitation or reminder with its own fresh link token, in the caller's transaction.
 * The token's hash is stored only when the mail was really queued (a repeated key queues nothing),
 * so a second run neither sends twice nor leaves a working link nobody received.
 */
export async function queueWaveMail(
  trx: Kysely<DB>, config: Config, wave: Wave,
  m: { key: string; kind: 'invitation' | 'reminder'; target: WaveMailTarget }, now: Date,
): Promise<boolean> {
  const { token, hash } = newLinkToken(config.sessionSecret);
  const unsubscribe = unsubscribeUrl(config.baseUrl, config.sessionSecret, m.target.contactId);
  const content = await waveMailContent(trx, wave, m.kind, { name: m.target.name, answerUrl: answerLinkUrl(config.baseUrl, token), unsubscribeUrl: unsubscribe });
  const queued = await enqueueMail(trx, {
    key: m.key, category: m.kind === 'invitation' ? 'enkät-inbjudan' : 'enkät-påminnelse', to: m.target.email, toName: m.target.name,
    contactId: m.target.contactId, ...content, headers: unsubscribeHeaders(unsubscribe), linkToken: token,
  }, now);
  if (queued) await insertInvitationToken(trx, hash, m.target.invitationId);
  return queued;
}

/** Subject, HTML and text of a wave's invitation or reminder, built exactly as sent (also for previews and tests). */
export async function waveMailContent(
  db: Kysely<DB>, wave: Wave, kind: 'invitation' | 'reminder', p: { name: string; answerUrl: string; unsubscribeUrl: string },
): Promise<{ subject: string; html: string; text: string }> {
  // One name everywhere: the mail names the survey as its form header does (the version's own title).
  const surveyTitle = (await findSurveyVersion(db, wave.surveyVersionId))?.definition.title ?? wave.title;
  const input = { ...p, surveyTitle, closesAt: new Date(wave.closesAt) };
  return kind === 'invitation'
    ? invitationEmail({ ...input, subject: wave.invitationSubject, body: wave.invitationText })
    : reminderEmail({ ...input, subject: `Påminnelse: ${wave.invitationSubject}`, body: wave.reminderText });
}
