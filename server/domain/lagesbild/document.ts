import { z } from 'zod';
import { MAX_K, MIN_K } from '../disclosure';

// The frozen content of one lägesbild version. The same object feeds the HTML page and the PDF,
// so everything a reader sees (formatted table cells, alt texts, method paragraphs) is stored here.

const isoDate = z.iso.date({ error: 'Ange datum som ÅÅÅÅ-MM-DD.' });
const requiredText = (what: string) => z.string().trim().min(1, { error: `${what} saknas.` });

export const chartSpecSchema = z
  .object({
    type: z.literal('bar'),
    horizontal: z.boolean(),
    unit: z.enum(['percent', 'count', 'number']),
    labels: z.array(requiredText('Kategorinamn')).min(1, { error: 'Diagrammet saknar kategorier.' }),
    datasets: z
      .array(z.object({ label: requiredText('Serienamn'), data: z.array(z.number().finite().nullable()) }))
      .min(1, { error: 'Diagrammet saknar dataserier.' }),
  })
  .refine((spec) => spec.datasets.every((set) => set.data.length === spec.labels.length), {
    error: 'Varje dataserie måste ha ett värde (eller null) per kategori.',
  });

export const tableSpecSchema = z
  .object({
    columns: z.array(z.string()).min(1, { error: 'Tabellen saknar kolumner.' }),
    rows: z.array(z.array(z.string())),
    footnotes: z.array(z.string()),
  })
  .refine((table) => table.rows.every((row) => row.length === table.columns.length), {
    error: 'Varje tabellrad måste ha lika många celler som tabellen har kolumner.',
  });

/** The panel half of a `beside` figure: its own title, chart, table and source line. */
export const besideHalfSchema = z.object({
  title: requiredText('Rubrik för panelens del'),
  source: requiredText('Källa för panelens del'),
  chart: chartSpecSchema,
  table: tableSpecSchema,
});

/**
 * A figure. Kind `beside` shows a register indicator (chart, table and source of the figure itself,
 * titled `registerTitle`) and a panel question (`beside.panel`) side by side, grouped the same way.
 */
export const figureSchema = z.object({
  id: requiredText('Figurens id'),
  kind: z.enum(['question', 'breakdown', 'comparison', 'register', 'beside']),
  caption: requiredText('Figurtext'),
  alt: requiredText('Alternativtext'),
  source: requiredText('Källa'),
  chart: chartSpecSchema,
  table: tableSpecSchema,
  beside: z.object({ registerTitle: requiredText('Rubrik för registerdelen'), panel: besideHalfSchema }).optional(),
});

export const methodBoxSchema = z
  .object({
    population: requiredText('Population'),
    invited: z.number().int().min(0),
    answered: z.number().int().min(0),
    responseRate: z.number().min(0).max(1),
    fieldPeriod: z.object({ from: isoDate, to: isoDate }),
    k: z.number().int().min(MIN_K).max(MAX_K),
    breakdowns: z.array(z.string()),
    text: z.array(z.string()),
  })
  .refine((m) => m.answered <= m.invited, { error: 'Fler svarande än inbjudna.' })
  .refine((m) => m.fieldPeriod.from <= m.fieldPeriod.to, { error: 'Fältperioden slutar före den börjar.' });

export const contactSchema = z.object({
  name: requiredText('Kontaktpersonens namn'),
  email: z.email({ error: 'Ange en giltig e-postadress.' }),
  phone: z.string().trim().min(1).optional(),
});

export const lagesbildDocumentSchema = z
  .object({
    title: requiredText('Rubrik'),
    subtitle: z.string().trim().min(1).optional(),
    date: isoDate,
    documentNumber: z.string().trim().min(1).optional(),
    version: z.number().int().min(1),
    changeNote: z.string().trim().min(1).optional(),
    ingress: requiredText('Ingress'),
    keyFindings: z
      .array(requiredText('Resultatpunkt'))
      .min(3, { error: 'Ange minst 3 viktiga resultat.' })
      .max(5, { error: 'Ange högst 5 viktiga resultat.' }),
    bodyMarkdown: z.string(),
    figures: z.array(figureSchema),
    method: methodBoxSchema.nullable(),
    contact: contactSchema.nullable(),
    publisher: requiredText('Utgivare'),
  })
  .refine((doc) => new Set(doc.figures.map((f) => f.id)).size === doc.figures.length, {
    error: 'Två figurer har samma id.',
  })
  .refine((doc) => doc.figures.every((f) => (f.kind === 'beside') === (f.beside !== undefined)), {
    error: 'En figur med register och panel bredvid varandra saknar en av sina delar.',
  });

export type ChartSpec = z.infer<typeof chartSpecSchema>;
export type TableSpec = z.infer<typeof tableSpecSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type BesideHalf = z.infer<typeof besideHalfSchema>;
export type MethodBox = z.infer<typeof methodBoxSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type LagesbildDocument = z.infer<typeof lagesbildDocumentSchema>;
