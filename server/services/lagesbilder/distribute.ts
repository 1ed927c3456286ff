import { writeAudit } from '../../../db/repositories/audit-log';
import { listActiveRecipients } from '../../../db/repositories/contacts';
import { findVersion, findVersionPdf } from '../../../db/repositories/lagesbilder';
import { findRecipientList, insertDelivery, type RecipientListRow } from '../../../db/repositories/lagesbilder-recipients';
import type { AppDeps } from '../../deps';
import type { LagesbildDocument } from '../../domain/lagesbild';
import { publicationEmail } from '../../emails/lagesbilder/publication';
import { enqueueMail } from '../../mail/outbox';
import { listRegionsOfList } from '../../../db/repositories/recipient-list-regions';
import { parseAddressLines, type AddressEntry } from '../../domain/lagesbild/address-lines';
import { regionRecipients } from './recipient-regions';
import { archivePath, archivePdfPath, pdfFilename } from './links';
import type { NamedActor } from '../../domain/actor';
import { refusal, success, type Outcome } from '../outcome';

export type DistributeOutcome = Outcome<{ queued: number; skipped: number }, 'not-found' | 'empty-list'>;

/** The addresses a list stands for right now (panel contacts are read from the panel register at send time). */
export async function resolveRecipients(deps: AppDeps, list: RecipientListRow): Promise<AddressEntry[]> {
  if (list.kind === 'panel-contacts') {
    const contacts = await listActiveRecipients(deps.db);
    const seen = new Set<string>();
    return contacts.map((c) => ({ email: c.email.toLowerCase(), name: c.name }))
      .filter((c) => !seen.has(c.email) && Boolean(seen.add(c.email)));
  }
  const typed = parseAddressLines(list.addresses).entries;
  const fromRegions = await regionRecipients(deps, await listRegionsOfList(deps.db, list.id));
  const seen = new Set(typed.map((e) => e.email));
  return [...typed, ...fromRegions.filter((c) => !seen.has(c.email) && Boolean(seen.add(c.email)))];
}

export function deliveryKey(versionId: number, email: string): string {
  return `lagesbild:${versionId}:${email.toLowerCase()}`;
}

/**
 * Queues a published version to everyone on a list, in one transaction. Each address gets each version
 * at most once, whatever list it is on and however often staff press the button: the delivery row and
 * the outbox key are both unique per version and address.
 */
export async function distributeVersion(deps: AppDeps, actor: NamedActor, lagesbildId: number, version: number, listId: number): Promise<DistributeOutcome> {
  const [found, list] = await Promise.all([findVersion(deps.db, lagesbildId, version), findRecipientList(deps.db, listId)]);
  if (!found || !list) return refusal('not-found');
  const recipients = await resolveRecipients(deps, list);
  if (recipients.length === 0) return refusal('empty-list');
  const doc = JSON.parse(found.document) as LagesbildDocument;
  const pdf = list.attach_pdf ? await findVersionPdf(deps.db, lagesbildId, version) : undefined;
  const attachments = pdf ? [{ filename: pdfFilename(lagesbildId, version), contentType: 'application/pdf', contentBase64: pdf.toString('base64') }] : undefined;
  const base = deps.config.baseUrl;
  const now = deps.clock.now();
  const iso = now.toISOString();
  return deps.db.transaction().execute(async (trx): Promise<DistributeOutcome> => {
    let queued = 0;
    for (const r of recipients) {
      const key = deliveryKey(found.id, r.email);
      const fresh = await insertDelivery(trx, { version_id: found.id, email: r.email, name: r.name, list_name: list.name, outbox_key: key, queued_at: iso, queued_by: actor.id });
      if (!fresh) continue;
      const mail = publicationEmail({
        title: doc.title, date: doc.date, version, changeNote: found.change_note, ingress: doc.ingress, toName: r.name,
        pageUrl: base + archivePath(lagesbildId, version), pdfUrl: base + archivePdfPath(lagesbildId, version), attached: Boolean(attachments),
      });
      await enqueueMail(trx, { key, category: 'lagesbild', to: r.email, toName: r.name, ...mail, attachments }, now);
      queued++;
    }
    await writeAudit(trx, { actor, action: 'lagesbild.distribute', objectType: 'lagesbild', objectId: lagesbildId, details: { version, list: list.id, queued } }, iso);
    return success({ queued, skipped: recipients.length - queued });
  });
}
