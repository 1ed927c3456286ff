import { assertK } from './k-threshold';
import { enoughCover, protectedBlock } from './hidden-set';

export interface GroupBase {
  key: string;
  /** Respondents in the group who answered the question (the group's base). */
  n: number;
}

/** primary: the group has fewer than k respondents ("för få svar"); complementary: hidden to protect another group. */
export type SuppressionReason = 'primary' | 'complementary';

export interface GroupSuppression {
  suppressed: Set<string>;
  /** Why each hidden group is hidden. Safe to show (two marks): the rule's choices never depend on the size
   *  of a group hidden to protect another, so knowing which groups are small narrows nothing. */
  reasons: Map<string, SuppressionReason>;
  /** Overall n < k: the total must not be shown either (every group is then suppressed too). */
  totalSuppressed: boolean;
}

/** One table of a breakdown; the groups in the breakdown's fixed public order (the same order in every table). */
export type BreakdownBases = readonly GroupBase[];

/**
 * Decides the hidden groups of every table of ONE breakdown at once (each question's n per group, the response
 * counts …), so that an attacker who knows this rule and sees all the tables cannot narrow any small hidden
 * group below its whole range 1…k−1:
 * - primary: in each table, every group with n < k;
 * - with a total shown: every table hides the same block of groups, chosen by `protectedBlock` from the fixed
 *   group order and the groups that are small in ANY table — never by comparing sizes of other groups;
 * - a table whose hidden groups would not have `enoughCover` hides all its groups (the total stays), all with
 *   the mark "hidden to protect another group";
 * - overall n < k: the table shows nothing.
 * Without a total only primary suppression applies (nothing reveals the hidden groups' sum).
 */
export function suppressBreakdown(tables: readonly BreakdownBases[], k: number, opts: { totalShown: boolean }): GroupSuppression[] {
  assertK(k);
  tables.forEach(assertValidGroups);
  const order = tables[0]?.map((g) => g.key) ?? [];
  const smallAnywhere = new Set(tables.flatMap((t) => t.filter((g) => g.n < k).map((g) => g.key)));
  const block = opts.totalShown ? protectedBlock(order, smallAnywhere) : new Set<string>();
  return tables.map((groups) => decide(groups, k, opts.totalShown ? block : null));
}

/** block null: no total shown, so only the small groups are hidden. */
function decide(groups: BreakdownBases, k: number, block: Set<string> | null): GroupSuppression {
  const overall = groups.reduce((sum, g) => sum + g.n, 0);
  const small = groups.filter((g) => g.n < k);
  const hiddenTotal = groups.filter((g) => block?.has(g.key)).reduce((sum, g) => sum + g.n, 0);
  const covered = !block || small.length === 0 || enoughCover(hiddenTotal, small.length, block.size - small.length, k);
  const hidden = overall < k || !covered ? new Set(groups.map((g) => g.key)) : new Set([...(block ?? []), ...small.map((g) => g.key)]);
  // When the whole table is hidden for lack of cover, its marks must not tell the small groups from the large
  // (that alone would bound the small ones): every group then reads "hidden to protect another group".
  const reason = (g: GroupBase): SuppressionReason => (overall < k || (covered && g.n < k) ? 'primary' : 'complementary');
  const reasons = new Map<string, SuppressionReason>();
  for (const g of groups) if (hidden.has(g.key)) reasons.set(g.key, reason(g));
  return { suppressed: new Set(reasons.keys()), reasons, totalSuppressed: overall < k };
}

/** A single table: the same rule as a breakdown with one table. */
export function suppressGroups(groups: BreakdownBases, k: number, opts: { totalShown: boolean }): GroupSuppression {
  return suppressBreakdown([groups], k, opts)[0]!;
}

function assertValidGroups(groups: BreakdownBases): void {
  const seen = new Set<string>();
  for (const group of groups) {
    if (!Number.isInteger(group.n) || group.n < 0) {
      throw new RangeError(`Gruppen ${group.key} har ett ogiltigt antal svarande: ${group.n}`);
    }
    if (seen.has(group.key)) throw new RangeError(`Gruppen ${group.key} förekommer två gånger`);
    seen.add(group.key);
  }
}
