import * as disclosure from '../../../server/domain/disclosure';
import type { GroupBase, GroupSuppression } from '../../../server/domain/disclosure';

// The rule as published; a single-table rule (before breakdowns were decided together) is applied per table.
const rule = (tables: GroupBase[][], k: number): GroupSuppression[] => ('suppressBreakdown' in disclosure
  ? (disclosure as any).suppressBreakdown(tables, k, { totalShown: true })
  : tables.map((t) => disclosure.suppressGroups(t, k, { totalShown: true })));

/** What one published table of a breakdown shows: each group's n or its mark, and the total. */
export interface PublishedTable { total: number | null; cells: ({ n: number } | { hidden: 'primary' | 'complementary' })[] }

export function publish(tables: GroupBase[][], k: number): PublishedTable[] {
  return rule(tables, k).map((d, t) => shown(tables[t]!, d));
}

function shown(groups: GroupBase[], d: GroupSuppression): PublishedTable {
  return { total: d.totalSuppressed ? null : groups.reduce((s, g) => s + g.n, 0), cells: groups.map((g) => (d.suppressed.has(g.key) ? { hidden: d.reasons.get(g.key)! } : { n: g.n })) };
}

const same = (a: PublishedTable[], b: PublishedTable[]) => JSON.stringify(a) === JSON.stringify(b);

/** Every vector of hidden sizes that adds up to the hidden total (total − visible), each within `max`;
 *  a group marked "too few answers" is below k (the rule never marks a larger one so). */
function candidates(table: PublishedTable, k: number, max: (g: number) => number): number[][] {
  const hidden = table.cells.flatMap((c, g) => ('hidden' in c ? [g] : []));
  // A hidden total (overall n < k) leaves only the bounds: below k each, and at most the group's respondents.
  const open = table.total === null;
  const rest = open ? (k - 1) * hidden.length : table.total! - table.cells.reduce((s, c) => s + ('n' in c ? c.n : 0), 0);
  const out: number[][] = [];
  const walk = (i: number, left: number, acc: number[]) => {
    if (i === hidden.length) { if (left === 0 || open) out.push(acc); return; }
    const few = (table.cells[hidden[i]!] as { hidden: string }).hidden === 'primary';
    for (let v = 0; v <= Math.min(left, max(hidden[i]!), open || few ? k - 1 : Infinity); v++) walk(i + 1, left - v, [...acc, v]);
  };
  walk(0, rest, []);
  return out.map((vals) => table.cells.map((c, g) => ('n' in c ? c.n : vals[hidden.indexOf(g)]!)));
}

/**
 * The attacker knows the rule and sees every table of one breakdown: table 0 is every respondent per group,
 * the others are questions with item non-response (each group's n ≤ its respondents). For table t and group g
 * it returns every size that some complete world — run through the real rule — reproduces exactly.
 * Two non-nested breakdowns share only their totals, which are published, so each is attacked on its own.
 */
export function possibleSizes(published: PublishedTable[], k: number, t: number, g: number, keys: string[]): Set<number> {
  const found = new Set<number>();
  const base = candidates(published[0]!, k, () => published[0]!.total ?? k - 1);
  for (const respondents of base) {
    const perTable = published.map((p, i) => (i === 0 ? [respondents] : candidates(p, k, (x) => respondents[x]!)));
    if (perTable.some((c) => c.length === 0)) continue;
    for (const value of new Set(perTable[t]!.map((v) => v[g]!))) {
      if (found.has(value)) continue;
      const choice = perTable.map((c, i) => (i === t ? c.filter((v) => v[g] === value) : c));
      if (search(choice, [], published, k, keys)) found.add(value);
    }
  }
  return found;
}

let budget = 0;
function search(choice: number[][][], picked: number[][], published: PublishedTable[], k: number, keys: string[]): boolean {
  if (picked.length === 0) budget = 200_000;
  if (picked.length === choice.length) {
    if (--budget < 0) throw new Error('attacker search too large for this test');
    const world = picked.map((sizes) => sizes.map((n, i) => ({ key: keys[i]!, n })));
    return same(publish(world, k), published);
  }
  return choice[picked.length]!.some((v) => search(choice, [...picked, v], published, k, keys));
}
