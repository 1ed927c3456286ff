import { DEFAULT_K } from './k-threshold';
import { suppressGroups, type GroupSuppression, type SuppressionReason } from './suppress-groups';
import { complementaryFootnote, hiddenSummary, primaryFootnote, totalFootnote } from './suppression-footnotes';

/** A one-dimensional breakdown as aggregated (counts, percentages or means — any number). */
export interface BreakdownTable {
  groups: { key: string; label: string; n: number }[];
  /** cells: one value per group key; total: the row's value in the total column. */
  rows: { key: string; label: string; cells: Record<string, number | null>; total?: number | null }[];
  /** Present when the table shows a total ("Totalt") column; that switches on complementary suppression. */
  total?: { label: string; n: number };
}

/**
 * What a page, chart or export may show: every hidden figure (including a hidden base n) is null.
 * reason tells which mark to show: 'primary' = too few answers, 'complementary' = hidden to protect another group.
 */
export interface SuppressedTable {
  k: number;
  groups: { key: string; label: string; n: number | null; suppressed: boolean; reason: SuppressionReason | null }[];
  rows: { key: string; label: string; cells: Record<string, number | null>; total?: number | null }[];
  total?: { label: string; n: number | null; suppressed: boolean };
  /** Swedish legend of the marks and a sentence on how many groups are hidden and why; empty when nothing is hidden. */
  footnotes: string[];
}

/** decision: the breakdown's joint decision for this table (suppressBreakdown); computed for this table alone when absent. */
export function applySuppression(table: BreakdownTable, k: number = DEFAULT_K, decision?: GroupSuppression): SuppressedTable {
  const totalShown = table.total !== undefined;
  const d = decision ?? suppressGroups(table.groups, k, { totalShown });
  // A total below k hides everything, even if the groups (inconsistently) add up to more.
  const totalHidden = d.totalSuppressed || (table.total !== undefined && table.total.n < k);
  const hidden = (groupKey: string) => totalHidden || d.suppressed.has(groupKey);
  const reasonOf = (key: string): SuppressionReason | null => (totalHidden ? 'primary' : d.reasons.get(key) ?? null);

  const groups = table.groups.map((group) => ({
    key: group.key, label: group.label, n: hidden(group.key) ? null : group.n, suppressed: hidden(group.key), reason: reasonOf(group.key),
  }));
  const rows = table.rows.map((row) => {
    const cells: Record<string, number | null> = {};
    for (const group of table.groups) cells[group.key] = hidden(group.key) ? null : (row.cells[group.key] ?? null);
    return totalShown
      ? { key: row.key, label: row.label, cells, total: totalHidden ? null : (row.total ?? null) }
      : { key: row.key, label: row.label, cells };
  });
  const total = table.total && { label: table.total.label, n: totalHidden ? null : table.total.n, suppressed: totalHidden };
  return { k, groups, rows, ...(total ? { total } : {}), footnotes: footnotesFor(groups, totalHidden, k) };
}

function footnotesFor(groups: SuppressedTable['groups'], totalHidden: boolean, k: number): string[] {
  if (totalHidden) return [totalFootnote(k)];
  const primary = groups.filter((g) => g.reason === 'primary').length;
  const protecting = groups.filter((g) => g.reason === 'complementary').length;
  const notes: string[] = [];
  if (primary > 0) notes.push(primaryFootnote(k));
  if (protecting > 0) notes.push(complementaryFootnote());
  if (primary + protecting > 0 && groups.length > 1) notes.push(hiddenSummary(primary, protecting));
  return notes;
}
