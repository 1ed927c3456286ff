import { assertK } from './k-threshold';

export interface GroupBase {
  key: string;
  /** Respondents in the group who answered the question (the group's base). */
  n: number;
}

export type SuppressionReason = 'primary' | 'complementary';

export interface GroupSuppression {
  suppressed: Set<string>;
  /** Why each suppressed group is hidden. For tests and staff diagnostics only: showing it
   *  next to a group would tell a reader which hidden group is the large one. */
  reasons: Map<string, SuppressionReason>;
  /** Overall n < k: the total must not be shown either (every group is then suppressed too). */
  totalSuppressed: boolean;
}

/**
 * Decides which group columns of a one-dimensional breakdown are hidden.
 *
 * - Primary: every group with n < k (suppression is on the group's base, never on a cell count).
 * - Complementary, only when a total is shown: the hidden groups together must not be worked out
 *   as "total minus visible groups". While fewer than two groups are hidden, or they hold fewer
 *   than k respondents together, the smallest visible group (ties: by key) is hidden as well,
 *   until that holds or nothing is left to hide.
 * - Without a total only primary suppression applies: nothing else reveals the hidden groups'
 *   sum. Callers that show the overall figures anywhere else on the same page, chart or export
 *   must pass totalShown: true.
 */
export function suppressGroups(
  groups: readonly GroupBase[],
  k: number,
  opts: { totalShown: boolean },
): GroupSuppression {
  assertK(k);
  assertValidGroups(groups);
  const reasons = new Map<string, SuppressionReason>();
  for (const group of groups) if (group.n < k) reasons.set(group.key, 'primary');
  const overall = groups.reduce((sum, group) => sum + group.n, 0);

  if (opts.totalShown && reasons.size > 0) {
    const visible = groups
      .filter((group) => !reasons.has(group.key))
      .sort((a, b) => a.n - b.n || compareKeys(a.key, b.key));
    let hiddenSum = groups.reduce((sum, group) => sum + (reasons.has(group.key) ? group.n : 0), 0);
    for (const next of visible) {
      if (reasons.size >= 2 && hiddenSum >= k) break;
      reasons.set(next.key, 'complementary');
      hiddenSum += next.n;
    }
  }
  return { suppressed: new Set(reasons.keys()), reasons, totalSuppressed: overall < k };
}

// Plain code-unit order, so the choice never depends on the server's locale.
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function assertValidGroups(groups: readonly GroupBase[]): void {
  const seen = new Set<string>();
  for (const group of groups) {
    if (!Number.isInteger(group.n) || group.n < 0) {
      throw new RangeError(`Gruppen ${group.key} har ett ogiltigt antal svarande: ${group.n}`);
    }
    if (seen.has(group.key)) throw new RangeError(`Gruppen ${group.key} förekommer två gånger`);
    seen.add(group.key);
  }
}
