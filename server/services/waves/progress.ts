import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { invitationCounts } from '../../../db/repositories/invitations';
import { countResponses } from '../../../db/repositories/responses';
import { waveReminderCounts } from '../../../db/repositories/wave-reminders';
import { waveMailCounts, type Wave } from '../../../db/repositories/waves';
import type { Recipient } from '../../../db/repositories/contacts';
import { recipientsFor } from './audience';
import { audienceProblems } from './settings-check';

export interface WaveProgress {
  invited: number; opened: number; submitted: number; rate: number | null;
  mail: { queued: number; sent: number; failed: number; stopped: number };
  /** After close: reminders sent per reminder day (the per-recipient records are gone). */
  reminders: { day: number; mails: number }[];
  released: number;
}

/** Overall numbers only — never per group, so nothing about who answered shows while the wave is open. */
export async function waveProgress(db: Kysely<DB>, wave: Pick<Wave, 'id'>): Promise<WaveProgress> {
  const [counts, mail, released, reminders] = await Promise.all([
    invitationCounts(db, wave.id), waveMailCounts(db, wave.id), countResponses(db, wave.id), waveReminderCounts(db, wave.id),
  ]);
  const remindersSent = reminders.reduce((n, r) => n + r.mails, 0);
  return {
    ...counts,
    rate: counts.invited ? counts.submitted / counts.invited : null,
    mail: { queued: (mail.queued ?? 0) + (mail.sending ?? 0), sent: (mail.sent ?? 0) + remindersSent, failed: mail.failed ?? 0, stopped: mail.cancelled ?? 0 },
    reminders,
    released,
  };
}

/** For a wave that has not opened: who it would go to now, and whether the anonymity check still passes
 *  (the panel may have changed since it was scheduled; the open job checks again). */
export async function audiencePreview(db: Kysely<DB>, wave: Wave): Promise<{ recipients: number; problems: string[] }> {
  const recipients: Recipient[] = await recipientsFor(db, wave.audience);
  return { recipients: recipients.length, problems: Object.values(audienceProblems(recipients, wave)) };
}
