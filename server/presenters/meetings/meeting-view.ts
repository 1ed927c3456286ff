import { calendarPath } from '../../domain/meetings/links';
import type { MeetingRow } from '../../../db/repositories/meetings';
import type { RegistrationCounts } from '../../../db/repositories/meetings-stats';
import { formatDate, formatDateTime, formatTime } from '../../domain/time';
import { AUDIENCE_LABELS, KIND_LABELS } from './labels';

export type MeetingPhase = 'upcoming' | 'ongoing' | 'past' | 'cancelled';

export function phaseOf(m: MeetingRow, now: Date): MeetingPhase {
  if (m.status === 'cancelled') return 'cancelled';
  if (now < new Date(m.starts_at)) return 'upcoming';
  return now < new Date(m.ends_at) ? 'ongoing' : 'past';
}

const PHASE_TAGS: Record<MeetingPhase, { text: string; tag: string }> = {
  upcoming: { text: 'Kommande', tag: 'tag--green' },
  ongoing: { text: 'Pågår', tag: 'tag--yellow' },
  past: { text: 'Genomfört', tag: 'tag--grey' },
  cancelled: { text: 'Inställt', tag: 'tag--red' },
};

/** "2026-03-27 kl. 10:00–11:30" */
export function meetingWhen(m: Pick<MeetingRow, 'starts_at' | 'ends_at'>): string {
  const start = new Date(m.starts_at);
  const end = new Date(m.ends_at);
  const sameDay = formatDate(start) === formatDate(end);
  return `${formatDateTime(start)}–${sameDay ? formatTime(end) : formatDateTime(end)}`;
}

/** What the staff and public pages show of a meeting (never the meeting link: pages add it where allowed). */
export function meetingSummary(m: MeetingRow, now: Date, counts?: RegistrationCounts) {
  const phase = phaseOf(m, now);
  return {
    id: m.id, title: m.title, description: m.description, calendarHref: calendarPath(m.id),
    kindLabel: KIND_LABELS[m.kind], audienceLabel: AUDIENCE_LABELS[m.audience], audience: m.audience,
    when: meetingWhen(m), deadline: formatDateTime(new Date(m.registration_deadline)),
    capacity: m.capacity, phase, phaseText: PHASE_TAGS[phase].text, phaseTag: PHASE_TAGS[phase].tag,
    counts: counts ?? null,
    placesLeft: counts ? Math.max(0, m.capacity - counts.registered) : null,
  };
}
export type MeetingSummary = ReturnType<typeof meetingSummary>;
