import { formatDateTime, formatTime } from '../../domain/time';

/** What the meeting mails say about a meeting. */
export interface MeetingMailData {
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  meetingUrl: string;
}

export type MailContent = { subject: string; html: string; text: string };

/** "2026-03-27 kl. 10:00–11:30 (svensk tid)" */
export function whenText(m: Pick<MeetingMailData, 'startsAt' | 'endsAt'>): string {
  return `${formatDateTime(m.startsAt)}–${formatTime(m.endsAt)} (svensk tid)`;
}

export function greeting(name: string): string {
  return `Hej ${name},`;
}

export const CANCEL_HINT = 'Kan du inte delta? Avboka gärna, så att någon på väntelistan kan få din plats:';
export const PERSONAL_LINK = 'Länkarna i det här meddelandet är personliga. Vidarebefordra inte meddelandet.';
