import { suppressGroups, type SuppressionReason } from '../disclosure';

export interface RateCounts { invited: number; submitted: number }
/** One group's response rate; hidden (with its reason) when fewer than k answered or to protect such a group. */
export interface RateRow extends RateCounts { label: string; rate: number | null; hidden: SuppressionReason | null; low: boolean }
export interface GroupRates { label: string; rows: RateRow[]; reasons: SuppressionReason[] }
export interface ResponseRates { invited: number; submitted: number; rate: number | null; groups: GroupRates[]; k: number }

/** Below this response rate a group's results get a note (non-response may make them differ from the whole group). */
export const LOW_RATE_PERCENT = 50;

/** Percent of the invited who submitted; null when nobody was invited. */
export const responseRate = (c: RateCounts): number | null => (c.invited === 0 ? null : (c.submitted * 100) / c.invited);

/**
 * Who has answered (never what): overall, and per group. A group's count and rate are shown only when at least k
 * of it answered; the others are hidden by the same rule as the results (suppressGroups on the submitted counts,
 * the total shown). A shown group below LOW_RATE_PERCENT is marked low (a hidden group's rate is never shown).
 */
export function suppressResponseRates(overall: RateCounts | undefined, byGroup: { label: string; rows: (RateCounts & { label: string })[] }[], k: number): ResponseRates {
  const all = { invited: overall?.invited ?? 0, submitted: overall?.submitted ?? 0 };
  return {
    ...all, rate: responseRate(all), k,
    groups: byGroup.map((g) => {
      const d = suppressGroups(g.rows.map((r, i) => ({ key: String(i), n: r.submitted })), k, { totalShown: true });
      const rows = g.rows.map((r, i): RateRow => {
        const hidden = d.suppressed.has(String(i)) ? d.reasons.get(String(i))! : null;
        const rate = responseRate(r);
        return { label: r.label, invited: r.invited, submitted: r.submitted, rate, hidden, low: !hidden && rate !== null && rate < LOW_RATE_PERCENT };
      });
      return { label: g.label, rows, reasons: [...d.reasons.values()] };
    }),
  };
}
