import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { MailAttachment } from './mailer';
import { sha256Hex } from '../security/tokens';

export interface OutgoingMail {
  /** Unique per message and cause (e.g. `invite:<wave>:<contact>`): enqueuing twice queues once. */
  key: string;
  category: string;
  to: string;
  toName?: string | null;
  contactId?: number | null;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
  attachments?: MailAttachment[];
  /** An answer link's token in the body: kept only until the mail is sent (see `scrubbedBodies`). */
  linkToken?: string;
}

/** A fixed Message-ID derived from the unique key, so a resend after a crash is recognisable as the same mail. */
export function messageIdFor(key: string, host = 'aldreomsorgspanelen.example'): string {
  return `<${sha256Hex(key).slice(0, 32)}@${host}>`;
}

/** Queues a message in the caller's transaction. Returns false when the key was already queued. */
export async function enqueueMail(db: Kysely<DB>, mail: OutgoingMail, now: Date): Promise<boolean> {
  const iso = now.toISOString();
  const res = await db.insertInto('outbox').values({
    unique_key: mail.key,
    category: mail.category,
    to_address: mail.to,
    to_name: mail.toName ?? null,
    contact_id: mail.contactId ?? null,
    subject: mail.subject,
    html: mail.html,
    text: mail.text,
    headers: mail.headers ? JSON.stringify(mail.headers) : null,
    attachments: mail.attachments ? JSON.stringify(mail.attachments) : null,
    status: 'queued',
    next_attempt_at: iso,
    message_id: messageIdFor(mail.key),
    created_at: iso,
    link_token: mail.linkToken ?? null,
  }).onConflict((oc) => oc.column('unique_key').doNothing()).executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
}
