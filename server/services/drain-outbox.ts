import { randomBytes } from 'node:crypto';
import { markContactBounced } from '../../db/repositories/contacts';
import { leaseDueMail, markMailFailed, markMailRetry, markMailSent } from '../../db/repositories/outbox';
import type { AppDeps } from '../deps';
import { PermanentMailError, type MailAttachment } from '../mail/mailer';
import { linkScrub } from '../mail/link-scrub';

/** Back-off after each failed attempt; after the last one the message is marked failed. */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3600_000, 6 * 3600_000];
const LEASE_MS = 5 * 60_000;

export interface DrainResult { sent: number; retried: number; failed: number }

/** Group commit of "sent": each worker waits until its row is marked before it sends the next message, so a
 *  crash re-sends at most the messages in flight (one per worker); rows accepted at the same time share one
 *  write. Delivery is at least once; a re-sent message keeps its Message-ID, so receivers can drop it. */
function sentMarker(deps: AppDeps, holder: string) {
  let pending: number[] = [];
  let flushing: Promise<void> | null = null;
  return async function markSent(id: number): Promise<void> {
    pending.push(id);
    while (pending.includes(id)) {
      if (!flushing) {
        const ids = pending;
        pending = [];
        flushing = markMailSent(deps.db, ids, holder, deps.clock.now(), linkScrub(deps.config)).finally(() => { flushing = null; });
      }
      await flushing;
    }
  };
}

/** Sends due outbox rows. Network I/O happens outside any transaction; each row is leased first, so two
 *  drains (two instances, or the job run twice) never pick the same row. */
export async function drainOutbox(deps: AppDeps, opts: { batch?: number; deadlineMs?: number; concurrency?: number} = {}): Promise<DrainResult> {
  const holder = randomBytes(8).toString('hex');
  const started = Date.now();
  const result: DrainResult = { sent: 0, retried: 0, failed: 0 };
  const deadline = opts.deadlineMs ?? 50_000;
  while (Date.now() - started < deadline) {
    const rows = await leaseDueMail(deps.db, holder, deps.clock.now(), LEASE_MS, opts.batch ?? 200);
    if (rows.length === 0) break;
    const markSent = sentMarker(deps, holder);
    const queue = [...rows];
    const worker = async () => {
      for (let row = queue.shift(); row; row = queue.shift()) {
        try {
          await deps.mailer.send({
            from: deps.config.mailFrom, to: row.to_address, toName: row.to_name, subject: row.subject,
            html: row.html, text: row.text, messageId: row.message_id,
            headers: row.headers ? JSON.parse(row.headers) : undefined,
            attachments: row.attachments ? (JSON.parse(row.attachments) as MailAttachment[]) : undefined,
          });
        } catch (err) {
          const attempts = row.attempts + 1;
          const message = err instanceof Error ? err.message : String(err);
          if (err instanceof PermanentMailError || attempts > RETRY_DELAYS_MS.length) {
            await markMailFailed(deps.db, row.id, holder, attempts, message, linkScrub(deps.config));
            // A permanent refusal means the address is wrong: staff see the contact as bounced.
            if (err instanceof PermanentMailError && row.contact_id) await markContactBounced(deps.db, row.contact_id);
            result.failed++;
          } else {
            await markMailRetry(deps.db, row.id, holder, attempts, new Date(deps.clock.now().getTime() + RETRY_DELAYS_MS[attempts - 1]!), message);
            result.retried++;
          }
          continue;
        }
        await markSent(row.id);
        result.sent++;
      }
    };
    await Promise.all(Array.from({ length: opts.concurrency ?? 8 }, worker));
  }
  return result;
}
