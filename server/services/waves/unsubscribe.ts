import { writeAudit } from '../../../db/repositories/audit-log';
import { findContact } from '../../../db/repositories/contacts';
import { markContactUnsubscribed } from '../../../db/repositories/invitations';
import { cancelQueuedWaveMailTo } from '../../../db/repositories/waves';
import type { AppDeps } from '../../deps';
import { readUnsubscribeToken } from './tokens';

export type UnsubscribeTarget = { contactId: number; email: string; unsubscribed: boolean };

/** The contact a signed unsubscribe link names (null for a forged, broken or erased one). */
export async function findUnsubscribeTarget(deps: AppDeps, token: string): Promise<UnsubscribeTarget | null> {
  const contactId = readUnsubscribeToken(deps.config.sessionSecret, token);
  if (contactId === null) return null;
  const contact = await findContact(deps.db, contactId);
  if (!contact || contact.erased) return null;
  return { contactId, email: contact.email, unsubscribed: contact.unsubscribed === 1 };
}

/** Marks the contact unsubscribed and stops its queued survey mail; a second click changes nothing. */
export async function unsubscribeContact(deps: AppDeps, token: string): Promise<boolean> {
  const target = await findUnsubscribeTarget(deps, token);
  if (!target) return false;
  const now = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    if (!(await markContactUnsubscribed(trx, target.contactId))) return;
    const stopped = await cancelQueuedWaveMailTo(trx, target.contactId);
    await writeAudit(trx, { actor: null, action: 'panel.contact.unsubscribe', objectType: 'contact', objectId: target.contactId, details: { stopped } }, now);
  });
  return true;
}
