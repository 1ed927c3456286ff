import { sampleLagesbild } from '../../server/domain/lagesbild';
import { type LagesbildDraft } from '../../server/services/lagesbilder/draft';
import type { StaffClient, TestContext } from '../support/context';

/** The sample lägesbild as editor form fields (two figures are added through the figure picker). */
export function sampleForm(revision: string, overrides: Record<string, string> = {}): Record<string, string> {
  const doc = sampleLagesbild();
  const form: Record<string, string> = {
    revision, title: doc.title, subtitle: doc.subtitle ?? '', date: doc.date, document_number: doc.documentNumber ?? '',
    ingress: doc.ingress, body: doc.bodyMarkdown, wave_id: '',
    contact_name: doc.contact!.name, contact_email: doc.contact!.email, contact_phone: doc.contact!.phone ?? '',
  };
  doc.keyFindings.forEach((f, i) => { form[`finding_${i + 1}`] = f; });
  return { ...form, ...overrides };
}

/** The editor form's caption, alt text and source fields for the draft's figures, as they are. */
export function figureFields(draft: LagesbildDraft): Record<string, string> {
  return Object.fromEntries(draft.figures.flatMap((f, i) => [[`fig_${i}_caption`, f.caption], [`fig_${i}_alt`, f.alt], [`fig_${i}_source`, f.source]]));
}

export async function revisionOf(ctx: TestContext, id: number): Promise<string> {
  const row = await ctx.db.selectFrom('lagesbilder').select('revision').where('id', '=', id).executeTakeFirstOrThrow();
  return String(row.revision);
}

export async function draftOf(ctx: TestContext, id: number): Promise<LagesbildDraft> {
  const row = await ctx.db.selectFrom('lagesbilder').select('draft').where('id', '=', id).executeTakeFirstOrThrow();
  return JSON.parse(row.draft) as LagesbildDraft;
}

/** Creates a draft through the editor's own routes: title, text, two sample figures, figure texts. */
export async function createReadyDraft(ctx: TestContext, editor: StaffClient, figures = ['exempel:saknar-vikarier-yrkesgrupp', 'exempel:saknar-vikarier-landsdel']): Promise<number> {
  const created = await editor.post('/lagesbilder', { title: 'Arbetsrubrik' });
  if (created.status !== 303) throw new Error(`create: ${created.status}`);
  const id = Number(/\/lagesbilder\/(\d+)\//.exec(created.headers.location!)![1]);
  for (const source of figures) {
    const res = await editor.post(`/lagesbilder/${id}/figurer`, { revision: await revisionOf(ctx, id), source });
    if (res.status !== 303) throw new Error(`figure: ${res.status}`);
  }
  const saved = await editor.post(`/lagesbilder/${id}`, { ...sampleForm(await revisionOf(ctx, id)), ...figureFields(await draftOf(ctx, id)) });
  if (saved.status !== 303) throw new Error(`save: ${saved.status} ${saved.text.slice(0, 3000)}`);
  return id;
}

export async function publish(ctx: TestContext, client: StaffClient, id: number, changeNote = '') {
  return client.post(`/lagesbilder/${id}/publicera`, { revision: await revisionOf(ctx, id), change_note: changeNote });
}
