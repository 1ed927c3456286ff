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
  // A table whose overall n is below k publishes no group figure at all, so its groups need no protection and
  // must not spread the block over the whole breakdown (a question nobody answered would hide every question).
  const published = tables.filter((t) => t.reduce((sum, g) => sum + g.n, 0) >= k);
  const smallAnywhere = new Set(published.flatMap((t) => t.filter((g) => g.n < k).map((g) => g.key)));
  const block = opts.totalShown ? protectedBlock(order, smallAnywhere) : new Set<string>();
  const first = decide(tables[0] ?? [], k, opts.totalShown ? block : null);
  const caps = opts.totalShown && tables[0] ? publicCaps(tables[0], first, k) : null;
  return tables.map((groups, i) => (i === 0 ? first : decide(groups, k, opts.totalShown ? block : null, caps)));
}

/**
 * The most respondents each group can have for a reader of the first table (all respondents per group): its n
 * when shown, else the hidden total minus what the other hidden groups must hold (k when marked "protecting" in
 * a covered table), and below k when marked "too few answers". Only published facts go in.
 */
function publicCaps(groups: BreakdownBases, d: GroupSuppression, k: number): Map<string, number> {
  const allHidden = groups.every((g) => d.suppressed.has(g.key));
  const least = (key: string) => (!allHidden && d.reasons.get(key) === 'complementary' ? k : 0);
  const hiddenTotal = groups.filter((g) => d.suppressed.has(g.key)).reduce((s, g) => s + g.n, 0);
  const hidden = groups.filter((g) => d.suppressed.has(g.key)).map((g) => g.key);
  return new Map(groups.map((g) => {
    if (!d.suppressed.has(g.key)) return [g.key, g.n];
    const rest = hiddenTotal - hidden.filter((h) => h !== g.key).reduce((s, h) => s + least(h), 0);
    return [g.key, d.reasons.get(g.key) === 'primary' && !allHidden ? Math.min(k - 1, rest) : rest];
  }));
}

/** block null: no total shown, so only the small groups are hidden. caps: for a question table, the respondents a
 *  reader knows each group can have at most; the protecting groups together must be able to hold all but one of
 *  the hidden answers (room ≥ −1), so a small group can go down to 1 with the protecting groups taking the rest. */
function decide(groups: BreakdownBases, k: number, block: Set<string> | null, caps: Map<string, number> | null = null): GroupSuppression {
  const overall = groups.reduce((sum, g) => sum + g.n, 0);
  const small = groups.filter((g) => g.n < k);
  const hiddenTotal = groups.filter((g) => block?.has(g.key)).reduce((sum, g) => sum + g.n, 0);
  const cover = groups.filter((g) => block?.has(g.key) && g.n >= k);
  const room = caps ? cover.reduce((s, g) => s + (caps.get(g.key) ?? 0), 0) - hiddenTotal : Infinity;
  const covered = !block || small.length === 0 || (enoughCover(hiddenTotal, small.length, block.size - small.length, k) && room >= -1);
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
