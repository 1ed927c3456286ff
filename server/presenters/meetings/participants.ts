import type { ExportCell } from '../../export';
import type { listParticipants } from '../../../db/repositories/meetings-registrations';
import { format } from '../format';
import { REGISTRATION_STATUS_LABELS } from './labels';

type ParticipantRow = Awaited<ReturnType<typeof listParticipants>>[number];

/** One participant as the staff list shows it. */
export function participantView(r: ParticipantRow) {
  return {
    id: r.id, name: r.name, email: r.email ?? '–',
    where: r.municipality ?? r.organisation ?? '–',
    organisation: r.organisation, role: r.role ?? '–', needs: r.needs,
    status: r.status, statusLabel: REGISTRATION_STATUS_LABELS[r.status],
    attended: r.attended === 1, registeredAt: format.dateTime(r.created_at),
  };
}

export const PARTICIPANT_EXPORT_HEADERS = ['Namn', 'E-post', 'Kommun', 'Kommunkod', 'Organisation', 'Roll', 'Behov', 'Status', 'Deltog', 'Anmäld'] as const;

/** Export rows: every cell is text or a number; the CSV/XLSX writers neutralise formulas. */
export function participantExportRows(rows: ParticipantRow[]): ExportCell[][] {
  return rows.map((r) => [
    r.name, r.email ?? '', r.municipality ?? '', r.kommunkod ?? '', r.organisation ?? '', r.role ?? '', r.needs ?? '',
    REGISTRATION_STATUS_LABELS[r.status], r.status === 'registered' ? (r.attended ? 'Ja' : 'Nej') : '', format.dateTime(r.created_at),
  ]);
}
