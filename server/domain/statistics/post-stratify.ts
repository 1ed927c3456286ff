// Post-stratified estimate of a share for all municipalities (issue 16 §2): each stratum (landsdel ×
// kommungrupp) counts with its share of all 290 municipalities, not with its share of the answers, so a
// group that answered little does not pull the figure. The margin of error uses the finite-population
// correction (1 − n_h/N_h): a stratum where every municipality answered adds no sampling error.

export interface Stratum {
  key: string;
  /** municipalities in the stratum (N_h) */
  population: number;
  /** of them answered the question (n_h) */
  respondents: number;
  /** of the respondents gave the answer counted (y_h) */
  count: number;
}

export type Estimate =
  | { ok: true; share: number; marginOfError: number; standardError: number; population: number; respondents: number }
  /** strata with municipalities but too few answers to estimate from (n_h = 0, or n_h = 1 below a census) */
  | { ok: false; uncovered: string[] };

/** Share (0–1) with a 95 % margin of error (z = 1.96 by default): p̂ = Σ W_h p_h, V = Σ W_h² (1 − f_h) p_h(1 − p_h)/(n_h − 1). */
export function postStratifiedShare(strata: readonly Stratum[], z = 1.96): Estimate {
  for (const s of strata) {
    if (s.respondents > s.population || s.count > s.respondents || s.respondents < 0 || s.count < 0) throw new RangeError(`post-stratify: impossible counts in ${s.key}`);
  }
  const populated = strata.filter((s) => s.population > 0);
  const uncovered = populated.filter((s) => s.respondents === 0 || (s.respondents === 1 && s.population > 1)).map((s) => s.key);
  if (uncovered.length > 0 || populated.length === 0) return { ok: false, uncovered };
  const total = populated.reduce((sum, s) => sum + s.population, 0);
  let share = 0;
  let variance = 0;
  for (const s of populated) {
    const weight = s.population / total;
    const p = s.count / s.respondents;
    share += weight * p;
    const fpc = 1 - s.respondents / s.population;
    if (fpc > 0) variance += weight ** 2 * fpc * (p * (1 - p)) / (s.respondents - 1);
  }
  const standardError = Math.sqrt(variance);
  return { ok: true, share, standardError, marginOfError: z * standardError, population: total, respondents: populated.reduce((sum, s) => sum + s.respondents, 0) };
}
