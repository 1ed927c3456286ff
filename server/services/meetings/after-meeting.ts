import { writeAudit } from '../../../db/repositories/audit-log';
import { findMeeting, updateMeeting } from '../../../db/repositories/meetings';
import { listRegistrationsWithStatus, setAttendance } from '../../../db/repositories/meetings-registrations';
import type { AppDeps } from '../../deps';
import { meetingFollowUpEmail } from '../../emails/meetings/follow-up';
import type { FollowUpInput } from '../../inputs/meetings/follow-up';
import { enqueueMail } from '../../mail/outbox';
import { lagesbildUrl } from '../../domain/meetings/links';
import type { Actor } from '../../domain/actor';
import { refusal, success, type Outcome } from '../outcome';

export type AfterMeetingOutcome<T> = Outcome<T, 'not-found' | 'not-started' | 'cancelled'>;

async function heldMeeting(deps: AppDeps, id: number, now: Date) {
  const meeting = await findMeeting(deps.db, id);
  if (!meeting) return refusal('not-found');
  if (meeting.status === 'cancelled') return refusal('cancelled');
  if (now < new Date(meeting.starts_at)) return refusal('not-started');
  return success(meeting);
}

/** Records who attended (the checked registrations; everyone else did not). */
export async function markAttendance(deps: AppDeps, actor: Actor, id: number, attendedIds: number[]): Promise<AfterMeetingOutcome<number>> {
  const now = deps.clock.now();
  const held = await heldMeeting(deps, id, now);
  if (!held.ok) return held;
  const iso = now.toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await setAttendance(trx, id, attendedIds, iso);
    await writeAudit(trx, { actor, action: 'meeting.attendance', objectType: 'meeting', objectId: id, details: { attended: attendedIds.length } }, iso);
  });
  return success(attendedIds.length);
}

/** Thanks and material to those who attended (or to everyone who had a place). Once per person. */
export async function sendFollowUp(deps: AppDeps, actor: Actor, id: number, input: FollowUpInput): Promise<AfterMeetingOutcome<number>> {
  const now = deps.clock.now();
  const held = await heldMeeting(deps, id, now);
  if (!held.ok) return held;
  const meeting = held.value;
  const iso = now.toISOString();
  const lagesbildUrls = input.lagesbildIds.map((n) => lagesbildUrl(deps.config.baseUrl, n));
  const queued = await deps.db.transaction().execute(async (trx) => {
    let count = 0;
    const people = (await listRegistrationsWithStatus(trx, id, ['registered'])).filter((r) => r.email && (input.recipients === 'registered' || r.attended === 1));
    for (const r of people) {
      const mail = meetingFollowUpEmail({ meeting, name: r.name, message: input.message, materialUrl: input.materialUrl, lagesbildUrls });
      if (await enqueueMail(trx, { key: `meeting:${id}:followup:${r.id}`, category: 'meeting-followup', to: r.email!, toName: r.name, ...mail }, now)) count++;
    }
    await updateMeeting(trx, id, { material_url: input.materialUrl, followup_sent_at: iso, updated_at: iso });
    await writeAudit(trx, { actor, action: 'meeting.followup', objectType: 'meeting', objectId: id, details: { queued: count } }, iso);
    return count;
  });
  return success(queued);
}

/** The participant list leaves the system: who exported it, and in which format, goes to the audit log. */
export async function recordParticipantExport(deps: AppDeps, actor: Actor, id: number, format: 'csv' | 'xlsx'): Promise<void> {
  await writeAudit(deps.db, { actor, action: 'meeting.export', objectType: 'meeting', objectId: id, details: { format } }, deps.clock.now().toISOString());
}
