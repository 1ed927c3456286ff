// Labels for the audit log page (/admin/logg). Actions from other areas show their code until labelled here.
export const AUDIT_ACTION_LABEL: Record<string, string> = {
  'staff.create': 'Användare skapad',
  'staff.update': 'Användare ändrad',
  'panel.member.join': 'Kommun gick med i panelen',
  'panel.member.pause': 'Medlemskap pausat',
  'panel.member.resume': 'Medlemskap återupptaget',
  'panel.member.leave': 'Kommun lämnade panelen',
  'panel.contact.add': 'Kontaktperson tillagd',
  'panel.contact.replace': 'Kontaktperson bytt',
  'panel.contact.update': 'Kontaktuppgifter ändrade',
  'panel.contact.end': 'Kontaktperson avslutad',
  'panel.contact.gdpr_export': 'Registerutdrag (GDPR) hämtat',
  'panel.contact.erase': 'Personuppgifter raderade (GDPR)',
  'panel.import.apply': 'Import genomförd',
};

export const AUDIT_OBJECT_LABEL: Record<string, string> = {
  staff_user: 'Användare', municipality: 'Kommun', contact: 'Kontaktperson', panel_import: 'Import',
};

/** Where an audited object can be looked at, if it has a page. */
function objectHref(type: string, id: string | null): string | null {
  if (!id) return null;
  if (type === 'municipality') return `/panel/kommuner/${id}`;
  if (type === 'contact') return `/panel/kontakter/${id}`;
  if (type === 'panel_import') return `/panel/import/${id}`;
  if (type === 'staff_user') return `/admin/anvandare/${id}`;
  return null;
}

interface AuditRow { id: number; at: string; staff_email: string | null; action: string; object_type: string; object_id: string | null; details: string | null }

export function auditRows(rows: AuditRow[]) {
  return rows.map((r) => ({
    id: r.id, at: r.at, who: r.staff_email ?? 'Systemet',
    action: AUDIT_ACTION_LABEL[r.action] ?? r.action, actionCode: r.action,
    object: `${AUDIT_OBJECT_LABEL[r.object_type] ?? r.object_type}${r.object_id ? ` ${r.object_id}` : ''}`,
    href: objectHref(r.object_type, r.object_id), details: r.details ?? '',
  }));
}

const option = (labels: Record<string, string>, all: string) => [{ value: '', label: all }, ...Object.entries(labels).map(([value, label]) => ({ value, label }))];
export const auditFilterOptions = { action: option(AUDIT_ACTION_LABEL, 'Alla händelser'), objectType: option(AUDIT_OBJECT_LABEL, 'Alla typer') };
