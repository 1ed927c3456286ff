import { assertK } from './k-threshold';
import type { GroupBase } from './suppress-groups';

export interface MergedGroup { key: string; members: string[]; n: number }

/**
 * The alternative to hiding that statistics agencies use: a group with fewer than k respondents is merged with
 * its fixed partner in the breakdown's public order (the next group; the last group with the one before it),
 * e.g. "Norrland och Svealand", until every merged group holds at least k or only one is left. The merge uses
 * the order, never the other groups' sizes. Keys of merged groups join the members' keys with '+'.
 */
export function mergeGroups(groups: readonly GroupBase[], k: number): MergedGroup[] {
  assertK(k);
  const blocks: MergedGroup[] = groups.map((g) => ({ key: g.key, members: [g.key], n: g.n }));
  for (let small = blocks.findIndex((b) => b.n < k); small >= 0 && blocks.length > 1; small = blocks.findIndex((b) => b.n < k)) {
    const partner = small + 1 < blocks.length ? small + 1 : small - 1;
    const [first, second] = [blocks[Math.min(small, partner)]!, blocks[Math.max(small, partner)]!];
    blocks.splice(Math.min(small, partner), 2, { key: `${first.key}+${second.key}`, members: [...first.members, ...second.members], n: first.n + second.n });
  }
  return blocks;
}
