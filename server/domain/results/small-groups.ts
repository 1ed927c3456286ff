import { mergeGroups } from '../disclosure';
import { groupOf, type GroupInfo, type WaveAggregates } from './counts';

/** How a breakdown treats groups with fewer than k respondents: hide them (and protecting groups), or merge them
 *  with their fixed neighbour ("Norrland och Svealand"). Chosen per breakdown on the results page and exports. */
export type SmallGroups = 'hide' | 'merge';
export const parseSmallGroups = (value: unknown): SmallGroups => (value === 'sla-ihop' ? 'merge' : 'hide');

/** Merges small groups (on the respondents per group) and relabels every count to its merged group. */
export function mergeSmallGroups(agg: WaveAggregates, groups: GroupInfo[], k: number): { agg: WaveAggregates; groups: GroupInfo[] } {
  const key = groupOf;
  const n = (g: string) => agg.responses.filter((r) => key(r.group) === g).reduce((s, r) => s + r.n, 0);
  const merged = mergeGroups(groups.map((g) => ({ key: g.key, n: n(g.key) })), k);
  const to = new Map(merged.flatMap((m) => m.members.map((member) => [member, m.key] as const)));
  const label = new Map(groups.map((g) => [g.key, g.label]));
  const move = <T extends { group: string | null }>(rows: T[]) => rows.map((r) => ({ ...r, group: to.get(key(r.group)) ?? key(r.group) }));
  return {
    agg: { counts: move(agg.counts), respondents: move(agg.respondents), responses: move(agg.responses) },
    groups: merged.map((m) => ({ key: m.key, label: m.members.map((g) => label.get(g) ?? g).join(' och ') })),
  };
}
