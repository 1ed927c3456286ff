import { randomBytes, randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../schema';

/**
 * At close, in the close transaction: the per-recipient reminder records of the wave (outbox rows
 * `remind:<wave>:<day>:<invitation>`, the invitations' reminder counters) become one count per reminder day, so
 * nothing kept says who had not answered by which day. The link-token rows would still say it (one more per
 * reminder, inserted later): every invitation gets as many as the most reminded one, and all are written anew
 * in random order. Returns the counts.
 */
export async function aggregateWaveReminders(trx: Kysely<DB>, waveId: number): Promise<{ day: number; mails: number }[]> {
  const prefix = `remind:${waveId}:`;
  const rows = await trx.selectFrom('outbox').select(['unique_key', 'status']).where('unique_key', 'like', `${prefix}%`).execute();
  const perDay = new Map<number, number>();
  for (const r of rows) {
    const day = Number(r.unique_key.slice(prefix.length).split(':')[0]);
    perDay.set(day, (perDay.get(day) ?? 0) + (r.status === 'sent' ? 1 : 0));
  }
  const counts = [...perDay].map(([day, mails]) => ({ day, mails })).sort((a, b) => b.day - a.day);
  if (counts.length) {
    await trx.insertInto('wave_reminder_counts').values(counts.map((c) => ({ wave_id: waveId, reminder_day: c.day, mails: c.mails })))
      .onConflict((oc) => oc.columns(['wave_id', 'reminder_day']).doNothing()).execute();
  }
  await trx.deleteFrom('outbox').where('unique_key', 'like', `${prefix}%`).execute();
  await trx.updateTable('invitations').set({ reminders_sent: 0 }).where('wave_id', '=', waveId).execute();
  await evenOutTokens(trx, waveId);
  return counts;
}

async function evenOutTokens(trx: Kysely<DB>, waveId: number): Promise<void> {
  const tokens = await trx.deleteFrom('invitation_tokens')
    .where('invitation_id', 'in', (eb) => eb.selectFrom('invitations').select('id').where('wave_id', '=', waveId))
    .returning(['token_hash', 'invitation_id']).execute();
  const per = new Map<number, number>();
  for (const t of tokens) per.set(t.invitation_id, (per.get(t.invitation_id) ?? 0) + 1);
  const most = Math.max(0, ...per.values());
  const all = [...tokens];
  for (const [invitationId, n] of per) {
    for (let i = n; i < most; i++) all.push({ token_hash: randomBytes(32).toString('hex'), invitation_id: invitationId });
  }
  for (let i = all.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  for (let i = 0; i < all.length; i += 500) await trx.insertInto('invitation_tokens').values(all.slice(i, i + 500)).execute();
}

export async function waveReminderCounts(db: Kysely<DB>, waveId: number): Promise<{ day: number; mails: number }[]> {
  const rows = await db.selectFrom('wave_reminder_counts').select(['reminder_day', 'mails']).where('wave_id', '=', waveId).orderBy('reminder_day', 'desc').execute();
  return rows.map((r) => ({ day: r.reminder_day, mails: r.mails }));
}
