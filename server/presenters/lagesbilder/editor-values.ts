import type { LagesbildDraft } from '../../services/lagesbilder/draft';

/** The draft → the editor form's field values (the same names the form posts). */
export function editorValues(draft: LagesbildDraft, revision: number): Record<string, string> {
  const values: Record<string, string> = {
    revision: String(revision), title: draft.title, subtitle: draft.subtitle, date: draft.date,
    document_number: draft.documentNumber, ingress: draft.ingress, body: draft.bodyMarkdown,
    wave_id: draft.waveId === null ? '' : String(draft.waveId),
    contact_name: draft.contact?.name ?? '', contact_email: draft.contact?.email ?? '', contact_phone: draft.contact?.phone ?? '',
  };
  [1, 2, 3, 4, 5].forEach((n) => { values[`finding_${n}`] = draft.keyFindings[n - 1] ?? ''; });
  draft.figures.forEach((f, i) => {
    values[`fig_${i}_caption`] = f.caption;
    values[`fig_${i}_alt`] = f.alt;
    values[`fig_${i}_source`] = f.source;
  });
  return values;
}

/** What the form posted, as strings, for re-showing after an error. */
export function postedValues(body: Record<string, unknown>, fields: string[]): Record<string, string> {
  return Object.fromEntries(['revision', ...fields].map((f) => [f, typeof body[f] === 'string' ? (body[f] as string) : '']));
}
