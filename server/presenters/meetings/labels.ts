import type { MeetingAudience, MeetingKind, RegistrationStatus } from '../../../db/tables/meetings';

export const KIND_LABELS: Record<MeetingKind, string> = {
  aterkoppling: 'Återkopplingsmöte',
  erfarenhetsutbyte: 'Erfarenhetsutbyte',
};

export const AUDIENCE_LABELS: Record<MeetingAudience, string> = {
  panel: 'Panelens kontaktpersoner',
  list: 'En lista med e-postadresser',
  public: 'Öppen anmälan på webbplatsen',
};

export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, string> = {
  registered: 'Anmäld',
  waitlisted: 'Väntelista',
  cancelled: 'Avbokad',
};

export const kindOptions = Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }));
export const audienceOptions = [
  { value: 'panel', label: 'Panelens kontaktpersoner (en inbjudan till varje kommuns kontaktperson)' },
  { value: 'list', label: 'En lista med e-postadresser' },
  { value: 'public', label: 'Öppen anmälan: mötet visas på den publika sidan för möten' },
];
