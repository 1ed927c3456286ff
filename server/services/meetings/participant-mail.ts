import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { MeetingRow } from '../../../db/repositories/meetings';
import type { RegistrationRow } from '../../../db/repositories/meetings-registrations';
import { insertCancelToken } from '../../../db/repositories/meetings-tokens';
import type { AppDeps } from '../../deps';
import { registrationCancelledEmail } from '../../emails/meetings/cancellation';
import { meetingCancelledEmail } from '../../emails/meetings/meeting-cancelled';
import type { MailContent, MeetingMailData } from '../../emails/meetings/meeting-text';
import { registrationEmail } from '../../emails/meetings/registration';
import { meetingReminderEmail } from '../../emails/meetings/reminder';
import { meetingUpdateEmail } from '../../emails/meetings/update';
import type { MailAttachment } from '../../mail/mailer';
import { enqueueMail } from '../../mail/outbox';
import { meetingIcsAttachment } from './calendar-file';
import { cancelUrl, registrationUrl } from '../../domain/meetings/links';
import { newCancelToken } from './cancel-token';

export type ParticipantMailKind = 'confirmed' | 'promoted' | 'waitlisted' | 'updated' | 'reminder' | 'cancelled' | 'meeting-cancelled';

const WITH_CANCEL_LINK = new Set<ParticipantMailKind>(['confirmed', 'promoted', 'waitlisted', 'updated', 'reminder']);

export function meetingMailData(m: MeetingRow): MeetingMailData {
  return { title: m.title, description: m.description, startsAt: new Date(m.starts_at), endsAt: new Date(m.ends_at), meetingUrl: m.meeting_url };
}

/** The outbox key: one message per cause, so a rerun or a double click queues it once. */
function keyOf(kind: ParticipantMailKind, m: MeetingRow, r: RegistrationRow): string {
  const cause = kind === 'updated' || kind === 'reminder' ? `r${m.revision}` : kind === 'meeting-cancelled' ? 'x' : String(r.rebooked);
  return `meeting:${m.id}:${kind}:${r.id}:${cause}`;
}

export interface ParticipantMail {
  meeting: MeetingRow;
  registration: RegistrationRow;
  kind: ParticipantMailKind;
  /** Had a place (not only a waitlist place) — decides link, .ics and wording for updates and cancellations. */
  placed: boolean;
  now: Date;
}

/** Queues one mail to a participant in the caller's transaction; mails with a cancel link get a fresh token. */
export async function queueParticipantMail(trx: Kysely<DB>, deps: Pick<AppDeps, 'config'>, p: ParticipantMail): Promise<boolean> {
  const { meeting, registration, kind, placed, now } = p;
  if (!registration.email) return false;
  const { baseUrl, mailFrom } = deps.config;
  let link = '';
  if (WITH_CANCEL_LINK.has(kind)) {
    const { token, hash } = newCancelToken();
    await insertCancelToken(trx, registration.id, hash, now.toISOString());
    link = cancelUrl(baseUrl, token);
  }
  const data = meetingMailData(meeting);
  const name = registration.name;
  const content: MailContent = {
    confirmed: () => registrationEmail({ meeting: data, name, kind: 'confirmed', cancelUrl: link }),
    promoted: () => registrationEmail({ meeting: data, name, kind: 'promoted', cancelUrl: link }),
    waitlisted: () => registrationEmail({ meeting: data, name, kind: 'waitlisted', cancelUrl: link }),
    updated: () => meetingUpdateEmail({ meeting: data, name, placed, cancelUrl: link }),
    reminder: () => meetingReminderEmail({ meeting: data, name, cancelUrl: link }),
    cancelled: () => registrationCancelledEmail({ meeting: data, name, placed, registrationUrl: registrationUrl(baseUrl, meeting.id) }),
    'meeting-cancelled': () => meetingCancelledEmail({ meeting: data, name, placed }),
  }[kind]();
  const method = !placed || kind === 'waitlisted' || kind === 'reminder' ? null
    : kind === 'cancelled' || kind === 'meeting-cancelled' ? 'CANCEL' : 'REQUEST';
  const attachments: MailAttachment[] = method
    ? [meetingIcsAttachment({ meeting, registration: { ...registration, email: registration.email }, method, baseUrl, mailFrom, now })]
    : [];
  return enqueueMail(trx, {
    key: keyOf(kind, meeting, registration), category: `meeting-${kind}`,
    to: registration.email, toName: registration.name, ...content,
    attachments: attachments.length ? attachments : undefined,
  }, now);
}
