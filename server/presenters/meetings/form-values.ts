import type { MeetingRow } from '../../../db/repositories/meetings';
import { formatDate, formatTime } from '../../domain/time';

/** A saved meeting as the values of the staff form (Stockholm date and times). */
export function meetingFormValues(m: MeetingRow, lagesbildIds: number[]): Record<string, string> {
  const start = new Date(m.starts_at);
  const deadline = new Date(m.registration_deadline);
  return {
    kind: m.kind, title: m.title, description: m.description,
    date: formatDate(start), start_time: formatTime(start), end_time: formatTime(new Date(m.ends_at)),
    meeting_url: m.meeting_url, capacity: String(m.capacity),
    deadline_date: formatDate(deadline), deadline_time: formatTime(deadline),
    audience: m.audience, recipient_emails: m.recipient_emails ?? '', lagesbild_ids: lagesbildIds.join(', '),
  };
}

/** Values a posted form is shown again with (the raw strings, so nothing typed is lost). */
export function postedValues(body: Record<string, unknown>, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f, typeof body[f] === 'string' ? (body[f] as string) : '']));
}
