import { markFor, type SuppressionReason } from '../disclosure';
import { formatNumber, percent } from '../statistics';
import type { QuestionTable } from './question-tables';

/** A cell before formatting: pages and PDFs format it, exports keep numbers as numbers. null = suppressed or none.
 *  reason (when hidden): 'primary' = too few answers (".."), 'complementary' = hidden to protect another group ("×"). */
export type Cell = { kind: 'text'; text: string } | { kind: 'percent' | 'count' | 'number'; value: number | null; hidden: boolean; reason?: SuppressionReason };
export interface ResultRows { columns: string[]; rows: Cell[][]; footnotes: string[] }

const text = (t: string): Cell => ({ kind: 'text', text: t });
type Hidden = boolean | SuppressionReason | null;
const num = (kind: 'percent' | 'count' | 'number', value: number | null, hidden: Hidden): Cell =>
  (hidden ? { kind, value: null, hidden: true, reason: hidden === true ? 'primary' : hidden } : { kind, value, hidden: false });
const hiddenOf = (g: { suppressed: boolean; reason: SuppressionReason | null }): Hidden => (g.suppressed ? g.reason ?? 'primary' : false);

/** Rows and columns of one question table: overall (category, count, share) or one row per group plus "Totalt". */
export function resultRows(qt: QuestionTable, dimensionLabel: string | null): ResultRows {
  const t = qt.table;
  const notes = [...baseNotes(qt), ...t.footnotes];
  const stats = qt.kind === 'stats';
  if (!t.total) {
    const g = t.groups[0]!;
    const h = hiddenOf(g);
    const columns = stats ? ['Mått', 'Värde'] : ['Svarsalternativ', 'Antal', qt.multi ? 'Andel av de svarande (%)' : 'Andel (%)'];
    const rows = t.rows.map((r) => {
      const v = r.cells[g.key] ?? null;
      return stats ? [text(r.label), num('number', v, h)]
        : [text(r.label), num('count', v, h), num('percent', share(v, g.n), h)];
    });
    rows.push(stats ? [text('Antal svarande (n)'), num('count', g.n, h)] : [text('Antal svarande (n)'), num('count', g.n, h), text('')]);
    return { columns, rows, footnotes: notes };
  }
  const columns = [dimensionLabel ?? 'Grupp', ...t.rows.map((r) => (stats ? r.label : `${r.label} (%)`)), 'Antal svarande (n)'];
  const line = (label: string, n: number | null, hidden: Hidden, value: (row: (typeof t.rows)[number]) => number | null) => [
    text(label), ...t.rows.map((r) => (stats ? num('number', value(r), hidden) : num('percent', share(value(r), n), hidden))), num('count', n, hidden),
  ];
  const rows = t.groups.map((g) => line(g.label, g.n, hiddenOf(g), (r) => r.cells[g.key] ?? null));
  rows.push(line(t.total.label, t.total.n, t.total.suppressed && 'primary', (r) => r.total ?? null));
  return { columns, rows, footnotes: notes };
}

function share(count: number | null, base: number | null): number | null {
  return count === null || base === null ? null : percent(count, base);
}

function baseNotes(qt: QuestionTable): string[] {
  const notes: string[] = [];
  if (qt.multi) notes.push('Flera svar var möjliga, så andelarna kan tillsammans bli mer än 100 %.');
  if (qt.kind === 'stats') notes.push('Medelvärde, median och kvartiler räknas utan svaren ”Vet ej”.');
  if (qt.missing !== null && qt.missing > 0) notes.push(`${formatNumber(qt.missing)} svarande besvarade inte frågan (eller fick den inte).`);
  return notes;
}

/** For pages and PDFs: Swedish number formats, ".." (too few answers) or "×" (protecting another group) for a hidden figure. */
export function formatCell(cell: Cell): string {
  if (cell.kind === 'text') return cell.text;
  if (cell.hidden) return markFor(cell.reason ?? 'primary');
  if (cell.value === null) return '';
  if (cell.kind === 'percent') return formatNumber(cell.value, 0);
  if (cell.kind === 'count') return formatNumber(cell.value, 0);
  return formatNumber(cell.value, Number.isInteger(cell.value) ? 0 : 1);
}

/** For CSV and XLSX: numbers rounded (shares to one decimal), the same two marks for a hidden figure. */
export function exportCell(cell: Cell): string | number | null {
  if (cell.kind === 'text') return cell.text;
  if (cell.hidden) return markFor(cell.reason ?? 'primary');
  if (cell.value === null) return null;
  const places = cell.kind === 'count' ? 0 : cell.kind === 'percent' ? 1 : 2;
  return Math.round(cell.value * 10 ** places) / 10 ** places;
}
