import { DEFAULT_K } from './k-threshold';
import { suppressGroups, type SuppressionReason } from './suppress-groups';
import { complementaryFootnote, primaryFootnote, totalFootnote } from './suppression-footnotes';

/** A one-dimensional breakdown as aggregated (counts, percentages or means — any number). */
export interface BreakdownTable {
  groups: { key: string; label: string; n: number }[];
  /** cells: one value per group key; total: the row's value in the total column. */
  rows: { key: string; label: string; cells: Record<string, number | null>; total?: number | null }[];
  /** Present when the table shows a total ("Totalt") column; that switches on complementary suppression. */
  total?: { label: string; n: number };
}

/** What a page, chart or export may show: every hidden figure (including a hidden base n) is null. */
export interface SuppressedTable {
  k: number;
  groups: { key: string; label: string; n: number | null; suppressed: boolean }[];
  rows: { key: string; label: string; cells: Record<string, number | null>; total?: number | null }[];
  total?: { label: string; n: number | null; suppressed: boolean };
  /** Swedish explanations of "–", in display order; empty when nothing is hidden. */
  footnotes: string[];
}

export function applySuppression(table: BreakdownTable, k: number = DEFAULT_K): SuppressedTable {
  const totalShown = table.total !== undefined;
  const decision = suppressGroups(table.groups, k, { totalShown });
  // A total below k hides everything, even if the groups (inconsistently) add up to more.
  const totalHidden = decision.totalSuppressed || (table.total !== undefined && table.total.n < k);
  const hidden = (groupKey: string) => totalHidden || decision.suppressed.has(groupKey);

  const groups = table.groups.map((group) => ({
    key: group.key,
    label: group.label,
    n: hidden(group.key) ? null : group.n,
    suppressed: hidden(group.key),
  }));
  const rows = table.rows.map((row) => {
    const cells: Record<string, number | null> = {};
    for (const group of table.groups) cells[group.key] = hidden(group.key) ? null : (row.cells[group.key] ?? null);
    return totalShown
      ? { key: row.key, label: row.label, cells, total: totalHidden ? null : (row.total ?? null) }
      : { key: row.key, label: row.label, cells };
  });
  const total = table.total && {
    label: table.total.label,
    n: totalHidden ? null : table.total.n,
    suppressed: totalHidden,
  };
  return { k, groups, rows, ...(total ? { total } : {}), footnotes: footnotesFor(decision.reasons, totalHidden, k) };
}

function footnotesFor(reasons: Map<string, SuppressionReason>, totalHidden: boolean, k: number): string[] {
  if (totalHidden) return [totalFootnote(k)];
  const used = new Set(reasons.values());
  const notes: string[] = [];
  if (used.has('primary')) notes.push(primaryFootnote(k));
  if (used.has('complementary')) notes.push(complementaryFootnote());
  return notes;
}
