import { countReminderIfNotCompleted, listReminderTargets } from '../../../db/repositories/invitations';
import { listWavesByStatus, type Wave } from '../../../db/repositories/waves';
import { addDays } from '../../domain/time';
import type { AppDeps } from '../../deps';
import { queueWaveMail } from './queue-wave-mail';

/** The reminder day whose time has come most recently (earlier missed days are not sent on top of it). */
export function dueReminderDay(wave: Pick<Wave, 'reminderDays' | 'closesAt' | 'openedAt' | 'opensAt'>, now: Date): number | null {
  const closes = new Date(wave.closesAt);
  const opened = new Date(wave.openedAt ?? wave.opensAt);
  if (now >= closes) return null;
  const due = wave.reminderDays.filter((d) => { const at = addDays(closes, -d); return at <= now && at > opened; });
  return due.length ? Math.min(...due) : null;
}

/** Job `wave-reminders`: one reminder per due day to each invitation without a submitted answer, never
 *  after close. Each has a unique outbox key `remind:<wave>:<day>:<invitation>` and its own fresh link. */
export async function sendDueReminders(deps: AppDeps): Promise<{ queued: number }> {
  const now = deps.clock.now();
  let queued = 0;
  for (const wave of await listWavesByStatus(deps.db, 'open')) {
    const day = dueReminderDay(wave, now);
    if (day === null) continue;
    const prefix = `remind:${wave.id}:${day}:`;
    queued += await deps.db.transaction().execute(async (trx) => {
      let n = 0;
      for (const t of await listReminderTargets(trx, wave.id, prefix)) {
        if (!(await countReminderIfNotCompleted(trx, t.id))) continue;
        const target = { invitationId: t.id, contactId: t.contact_id!, name: t.name, email: t.email };
        if (await queueWaveMail(trx, deps.config, wave, { key: prefix + t.id, kind: 'reminder', target }, now)) n++;
      }
      return n;
    });
  }
  return { queued };
}
