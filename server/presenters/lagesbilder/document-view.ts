import { toChartJsConfig } from '../../domain/charts';
import { describeMethodFacts, type Figure, type LagesbildDocument } from '../../domain/lagesbild';
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
    figures: doc.figures.map((figure, index) => figureView(figure, index + 1)),
    method: doc.method ? { facts: describeMethodFacts(doc.method), text: doc.method.text } : null,
    contact: doc.contact,
  };
}

function chartView(id: string, title: string, tableCaption: string, half: Pick<Figure, 'chart' | 'table'>) {
  return { id, title, config: toChartJsConfig(half.chart), table: { caption: tableCaption, columns: half.table.columns, rows: half.table.rows, footnotes: half.table.footnotes } };
}

/** One figure; a `beside` figure has a caption of its own and two halves (register, panel), each with chart, table and source. */
function figureView(figure: Figure, n: number) {
  const beside = figure.beside ? {
    caption: `Figur ${n}. ${figure.caption}`,
    halves: [
      { chart: chartView(`figur-${n}-register`, figure.beside.registerTitle, `Tabell till figur ${n}, registerdata`, figure), source: figure.source },
      { chart: chartView(`figur-${n}-panel`, figure.beside.panel.title, `Tabell till figur ${n}, panelens svar`, figure.beside.panel), source: figure.beside.panel.source },
    ],
  } : null;
  return { source: figure.source, beside, chart: chartView(`figur-${n}`, `Figur ${n}. ${figure.caption}`, `Tabell till figur ${n}`, figure) };
}

export type DocumentView = ReturnType<typeof documentView>;
