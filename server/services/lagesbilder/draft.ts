import { z } from 'zod';
import {
  buildMethodText, figureSchema, lagesbildDocumentSchema,
  type LagesbildDocument, type MethodFacts,
} from '../../domain/lagesbild';

/** Who a lägesbild is published by (cover and footer of the PDF, the archive page). */
export const PUBLISHER = 'Nationellt kunskapscentrum för äldreomsorg';

// The draft is what the editor saves: like the document, but any field may still be empty, and each
// figure remembers where it came from so its numbers can be fetched again before publishing.
const draftFigureSchema = figureSchema.extend({ sourceKey: z.string().nullable().default(null) });
// Facts come from the wave (waveMethodFacts) and are checked in full by the document schema at publish.
const methodFactsSchema = z.custom<MethodFacts>((value) => typeof value === 'object' && value !== null);

const draftSchema = z.object({
  title: z.string().default(''),
  subtitle: z.string().default(''),
  date: z.string().default(''),
  documentNumber: z.string().default(''),
  ingress: z.string().default(''),
  keyFindings: z.array(z.string()).default([]),
  bodyMarkdown: z.string().default(''),
  figures: z.array(draftFigureSchema).default([]),
  waveId: z.number().int().nullable().default(null),
  method: methodFactsSchema.nullable().default(null),
  contact: z.object({ name: z.string(), email: z.string(), phone: z.string() }).nullable().default(null),
});

export type DraftFigure = z.infer<typeof draftFigureSchema>;
export type LagesbildDraft = z.infer<typeof draftSchema>;

export function emptyDraft(): LagesbildDraft {
  return draftSchema.parse({});
}

export function parseDraft(json: string): LagesbildDraft {
  return draftSchema.parse(JSON.parse(json));
}

export function serialiseDraft(draft: LagesbildDraft): string {
  return JSON.stringify(draft);
}

const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());

/** The document a draft would become as version `version`; not yet validated (see checkPublishable). */
export function draftToDocument(draft: LagesbildDraft, version: number, changeNote?: string): LagesbildDocument {
  const contact = draft.contact && draft.contact.name.trim() !== ''
    ? { name: draft.contact.name.trim(), email: draft.contact.email.trim(), phone: optional(draft.contact.phone) }
    : null;
  return {
    title: draft.title.trim(),
    subtitle: optional(draft.subtitle),
    date: draft.date.trim(),
    documentNumber: optional(draft.documentNumber),
    version,
    changeNote: optional(changeNote ?? ''),
    ingress: draft.ingress.trim(),
    keyFindings: draft.keyFindings.map((f) => f.trim()).filter((f) => f !== ''),
    bodyMarkdown: draft.bodyMarkdown,
    figures: draft.figures.map(({ sourceKey: _sourceKey, ...figure }) => figure),
    method: draft.method ? { ...draft.method, text: buildMethodText(draft.method) } : null,
    contact,
    publisher: PUBLISHER,
  };
}

/** What still stops the draft from being published, in plain Swedish (empty = ready). */
export function checkPublishable(doc: LagesbildDocument): string[] {
  const parsed = lagesbildDocumentSchema.safeParse(doc);
  if (parsed.success) return [];
  return [...new Set(parsed.error.issues.map((issue) => issue.message))];
}
