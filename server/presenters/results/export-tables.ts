import { exportCell, resultRows, type QuestionTable } from '../../domain/results';
import type { ExportCell } from '../../export';

/** Every question table as blocks of lines (title, header, rows, footnotes, blank), with the page's suppression. */
export function aggregatedExportLines(tables: QuestionTable[], dimensionLabel: string | null): ExportCell[][] {
  const lines: ExportCell[][] = [];
  for (const t of tables) {
    const rows = resultRows(t, dimensionLabel);
    lines.push([t.kind === 'stats' ? `${t.title} (medelvärde, median och kvartiler)` : t.title]);
    lines.push(rows.columns);
    for (const row of rows.rows) lines.push(row.map(exportCell));
    for (const note of rows.footnotes) lines.push([note]);
    lines.push([]);
  }
  return lines;
}
