import { toChartJsConfig } from '../../domain/charts';
import { describeMethodFacts, type LagesbildDocument } from '../../domain/lagesbild';
import { renderMarkdown } from '../../domain/markdown';

/**
 * A lägesbild (published or a draft's preview) → what the HTML page shows. The same frozen document
 * feeds the PDF, so the web page and the PDF always say the same thing.
 */
export function documentView(doc: LagesbildDocument) {
  return {
    title: doc.title,
    subtitle: doc.subtitle ?? null,
    date: doc.date,
    documentNumber: doc.documentNumber ?? null,
    versionLine: doc.version > 1 ? `Version ${doc.version}.${doc.changeNote ? ` Ändring: ${doc.changeNote}` : ''}` : null,
    publisher: doc.publisher,
    ingress: doc.ingress,
    keyFindings: doc.keyFindings,
    // Sanitised on the way out (scripts, raw HTML and unsafe links removed): safe to print unescaped.
    bodyHtml: renderMarkdown(doc.bodyMarkdown),
    figures: doc.figures.map((figure, index) => ({
      source: figure.source,
      chart: {
        id: `figur-${index + 1}`,
        title: `Figur ${index + 1}. ${figure.caption}`,
        config: toChartJsConfig(figure.chart),
        table: { caption: `Tabell till figur ${index + 1}`, columns: figure.table.columns, rows: figure.table.rows, footnotes: figure.table.footnotes },
      },
    })),
    method: doc.method ? { facts: describeMethodFacts(doc.method), text: doc.method.text } : null,
    contact: doc.contact,
  };
}

export type DocumentView = ReturnType<typeof documentView>;
