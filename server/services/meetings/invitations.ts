import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { writeAudit } from '../../../db/repositories/audit-log';
import { listActiveRecipients } from '../../../db/repositories/contacts';
import { updateMeeting, type MeetingRow } from '../../../db/repositories/meetings';
import { listRegistrationsWithStatus } from '../../../db/repositories/meetings-registrations';
import type { AppDeps } from '../../deps';
import { meetingInvitationEmail } from '../../emails/meetings/invitation';
import { enqueueMail } from '../../mail/outbox';
import { sha256Hex } from '../../security/tokens';
import { registrationUrl } from '../../domain/meetings/links';
import { inLockedMeeting } from './locked-meeting';
import { meetingMailData } from './participant-mail';
import { registrationIsOpen } from './places';
import type { Actor } from '../../domain/actor';
import { refusal, success, type Outcome } from '../outcome';

type Invitee = { key: string; email: string; name: string | null; contactId: number | null };

async function inviteesOf(db: Kysely<DB>, meeting: MeetingRow): Promise<Invitee[]> {
  if (meeting.audience === 'panel') {
    return (await listActiveRecipients(db)).map((r) => ({ key: `c${r.contactId}`, email: r.email.toLowerCase(), name: r.name, contactId: r.contactId }));
  }
  const emails = (meeting.recipient_emails ?? '').split('\n').filter(Boolean);
  // The key names no address: a hash of it is enough to send once per person.
  return emails.map((email) => ({ key: sha256Hex(email).slice(0, 24), email, name: null, contactId: null }));
}

/** On success: how many invitations were queued. */
export type InviteOutcome = Outcome<number, 'not-found' | 'public' | 'closed'>;

/** Queues an invitation to each person in the audience who has none yet and is not registered. Safe to repeat:
 *  people added to the panel since last time get theirs, nobody gets two. */
export async function sendMeetingInvitations(deps: AppDeps, actor: Actor, id: number): Promise<InviteOutcome> {
  const now = deps.clock.now();
  const iso = now.toISOString();
  return inLockedMeeting(deps, id, async (trx, meeting): Promise<InviteOutcome> => {
    if (meeting.audience === 'public') return refusal('public');
    if (registrationIsOpen(meeting, now) !== 'open') return refusal('closed');
    const registered = new Set((await listRegistrationsWithStatus(trx, id, ['registered', 'waitlisted'])).map((r) => r.email));
    const url = registrationUrl(deps.config.baseUrl, meeting.id);
    let queued = 0;
    for (const p of (await inviteesOf(trx, meeting)).filter((i) => !registered.has(i.email))) {
      const mail = meetingInvitationEmail({ meeting: meetingMailData(meeting), deadline: new Date(meeting.registration_deadline), registrationUrl: url, name: p.name });
      const added = await enqueueMail(trx, { key: `meeting:${meeting.id}:invite:${p.key}`, category: 'meeting-invitation', to: p.email, toName: p.name, contactId: p.contactId, ...mail }, now);
      if (added) queued++;
    }
    await updateMeeting(trx, id, { invitations_sent_at: iso });
    await writeAudit(trx, { actor, action: 'meeting.invite', objectType: 'meeting', objectId: id, details: { queued } }, iso);
    return success(queued);
  });
}
