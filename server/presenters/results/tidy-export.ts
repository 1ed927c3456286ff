import type { ExportCell } from '../../export';
import { percent } from '../../domain/statistics';
import { exportCell, resultRows, type QuestionTable } from '../../domain/results';

/** One row per (question, group, value): loads straight into R, pandas or an Excel pivot table. */
export const TIDY_HEADERS = ['wave', 'question', 'question_text', 'group', 'value', 'count', 'n', 'share', 'statistic', 'suppressed'];

const round = (v: number | null, places: number) => (v === null ? null : Math.round(v * 10 ** places) / 10 ** places);

/** The long, tidy CSV: the same disclosure control as the page (a hidden group has no figures, suppressed = 1). */
export function tidyRows(waveTitle: string, tables: QuestionTable[]): ExportCell[][] {
  const out: ExportCell[][] = [];
  for (const qt of tables) {
    const t = qt.table;
    const question = qt.item ? `${qt.questionKey}.${qt.item}` : qt.questionKey;
    const groups = t.total
      ? [...t.groups.map((g) => ({ ...g, value: (r: (typeof t.rows)[number]) => r.cells[g.key] ?? null })),
        { key: '__total', label: t.total.label, n: t.total.n, suppressed: t.total.suppressed, value: (r: (typeof t.rows)[number]) => r.total ?? null }]
      : t.groups.map((g) => ({ ...g, label: 'Samtliga', value: (r: (typeof t.rows)[number]) => r.cells[g.key] ?? null }));
    for (const g of groups) {
      for (const r of t.rows) {
        const v = g.suppressed ? null : g.value(r);
        const stats = qt.kind === 'stats';
        out.push([
          waveTitle, question, qt.title, g.label, r.label,
          stats ? null : v, g.suppressed ? null : g.n,
          stats || v === null || g.n === null ? null : round(percent(v, g.n), 1),
          stats ? round(v, 2) : null, g.suppressed ? 1 : 0,
        ]);
      }
    }
  }
  return out;
}

/** The XLSX: one tidy table per sheet (a header row, then data), the footnotes on a sheet of their own. */
export function tidySheets(tables: QuestionTable[], dimensionLabel: string | null) {
  const sheets = tables.map((qt, i) => {
    const rows = resultRows(qt, dimensionLabel);
    return { name: `${i + 1} ${qt.item ? `${qt.questionKey}.${qt.item}` : qt.questionKey}`, headers: rows.columns, rows: rows.rows.map((row) => row.map(exportCell)), notes: rows.footnotes, title: qt.title };
  });
  const notes = sheets.flatMap((s) => [[s.name, s.title, ''], ...s.notes.map((n) => [s.name, s.title, n])]);
  return [
    ...sheets.map(({ name, headers, rows }) => ({ name, headers, rows })),
    { name: 'Frågor och fotnoter', headers: ['Blad', 'Fråga', 'Fotnot'], rows: notes },
  ];
}
