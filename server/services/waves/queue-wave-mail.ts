import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { insertInvitationToken } from '../../../db/repositories/invitations';
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
  const input = {
    name: m.target.name, surveyTitle: wave.title, closesAt: new Date(wave.closesAt), answerUrl: answerLinkUrl(config.baseUrl, token), unsubscribeUrl: unsubscribe,
  };
  const content = m.kind === 'invitation'
    ? invitationEmail({ ...input, subject: wave.invitationSubject, body: wave.invitationText })
    : reminderEmail({ ...input, subject: `Påminnelse: ${wave.invitationSubject}`, body: wave.reminderText });
  const queued = await enqueueMail(trx, {
    key: m.key, category: m.kind === 'invitation' ? 'enkät-inbjudan' : 'enkät-påminnelse', to: m.target.email, toName: m.target.name,
    contactId: m.target.contactId, ...content, headers: unsubscribeHeaders(unsubscribe), linkToken: token,
  }, now);
  if (queued) await insertInvitationToken(trx, hash, m.target.invitationId);
  return queued;
}
